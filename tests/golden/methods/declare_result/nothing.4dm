// no return type: the result is undefined
var $x : Integer
$x:=1
