property color : Text:="Blue"
property size : Integer:=3
property note : Text
property tags:=["a"]

Class constructor
	This.size:=This.size+1
