Class extends Entity

Class constructor()
	If (<>failConstructor)
		throw(9; "constructor failed")
	End if
	This.city:="paris"

Function get label() : Text
	return This.name+"@"+This.city

Function set label($v : Text)
	This.name:=Substring($v; 1; Position("@"; $v)-1)

// docs/ORDA/orda-events.md, example 1: its own assignment does not fire it again
Function event touched($event : Object)
	ALERT("touched "+$event.attributeName)
	If (Value type(This[$event.attributeName])=Is text)
		This[$event.attributeName]:=Uppercase(This[$event.attributeName])
	End if

// a misspelled attribute: said when the datastore opens
Function event touched nmae($event : Object)
	ALERT("never")
