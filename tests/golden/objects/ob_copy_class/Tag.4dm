Class constructor($label : Text)
	This.label:=$label

Function shout() : Text
	return Uppercase(This.label)
