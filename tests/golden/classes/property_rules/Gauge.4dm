property trail : Text := "gauge"
property level : Integer

Class constructor
	This.trail+=" ctor"

Function get reading() : Real
	return 9

Function set reading($r : Real)
	This.trail+=" set:"+String($r)

Function set hidden($v : Text)
	This.trail+=" hidden:"+$v

shared Function mark()
	This.marked:=True
