// A class with a constructor, properties and functions
Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y

Function length() : Real
	return Square root((This.x*This.x)+(This.y*This.y))

Function moved($dx : Real; $dy : Real) : cs.Point
	return cs.Point.new(This.x+$dx; This.y+$dy)

Function describe() -> $text : Text
	$text:="("+String(This.x)+", "+String(This.y)+")"
