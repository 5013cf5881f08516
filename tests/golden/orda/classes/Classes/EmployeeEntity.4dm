Class extends Entity

Function get fullName($event : Object) : Text
	If (This.firstName=Null) & (This.lastName=Null)
		$event.result:=Null
	End if
	return This.firstName+" "+This.lastName

Function set fullName($value : Text; $event : Object)
	var $p : Integer
	$p:=Position(" "; $value)
	This.firstName:=Substring($value; 1; $p-1)
	This.lastName:=Substring($value; $p+1)

Function get boss($event : Object) : cs.EmployeeEntity
	return This.manager

Function raise($percent : Real) : Object
	This.salary:=This.salary*(1+($percent/100))
	return This.save()
