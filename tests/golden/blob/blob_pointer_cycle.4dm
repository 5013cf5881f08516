// A pointer variable that points to itself designates no variable
var $p : Pointer
$p:=->$p
SET BLOB SIZE($p; 1)
// expect runtime error: Invalid pointer: ->$p leads to a pointer cycle
