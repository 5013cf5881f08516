Class constructor($name : Text)
	This.name:=$name

Function speak() : Text
	return This.name+" makes a sound"

Function kind() : Text
	return "animal"
