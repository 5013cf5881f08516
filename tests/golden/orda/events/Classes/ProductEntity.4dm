Class extends Entity

// run by ds.Product.new() and fromCollection(), not when an entity is read
Class constructor()
	This.name:="New product"
	This.cost:=100
	This.price:=200
	This.status:="OK"

Function get margin() : Real
	return (This.price-This.cost)*100/This.cost

Function event touched name($event : Object)
	ALERT("touched name: "+$event.kind+" "+$event.attributeName+" "+$event.dataClassName)
	This.code:=Uppercase(Substring(This.name; 1; 3))
	If (This.name="boom")
		throw(77; "touched name failed")
	End if

Function event touched($event : Object)
	ALERT("touched: "+$event.attributeName)

Function event validateSave margin($event : Object) : Object
	ALERT("validateSave margin: "+String(This.margin))
	If (This.margin<50)
		return {errCode: 1; message: "Margin too low"; extraDescription: {margin: This.margin}}
	End if

Function event validateSave($event : Object) : Object
	ALERT("validateSave: "+JSON Stringify($event))
	If (This.status="FROZEN")
		return {errCode: 2; message: "Frozen product"; seriousError: True}
	End if

Function event saving name($event : Object) : Object
	ALERT("saving name: "+$event.attributeName)
	If (This.name="No disk")
		return {errCode: 3; message: "No space to store the manual"}
	End if

Function event saving($event : Object) : Object
	ALERT("saving: "+JSON Stringify($event))
	var $log : cs.LogEntity
	$log:=ds.Log.new()
	$log.text:="saving "+This.name
	$log.save()

Function event afterSave($event : Object)
	ALERT("afterSave: "+$event.saveStatus+" "+JSON Stringify($event.savedAttributes)+" "+JSON Stringify($event.status))
	If (This.name="again")
		This.save()
	End if

Function event validateDrop status($event : Object) : Object
	ALERT("validateDrop status: "+This.status)
	If (This.status#"TO DELETE")
		return {errCode: 4; message: "Mark it TO DELETE first"}
	End if

Function event dropping($event : Object) : Object
	ALERT("dropping: "+JSON Stringify($event))
	If (This.name="locked file")
		throw({errCode: 5; message: "The manual cannot be deleted"})
	End if

Function event afterDrop($event : Object)
	ALERT("afterDrop: "+$event.dropStatus+" "+JSON Stringify($event.droppedAttributes)+" "+JSON Stringify($event.status))
