Class constructor($x : Real)
	This.x:=$x

Function save() : Text
	return "Point.save "+String(This.x)
