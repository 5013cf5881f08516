Class constructor($x : Real)
	This.x:=$x

Function twice() : Real
	return This.x*2
