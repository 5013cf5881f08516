singleton Class constructor()
	This.count:=0

Function bump() : Integer
	This.count:=This.count+1
	return This.count
