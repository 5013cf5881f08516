Class constructor
	This.value:=10

Function twice() : Real
	return This.value*2
