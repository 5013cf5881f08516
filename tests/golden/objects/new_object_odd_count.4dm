// New object needs property/value pairs
var $o : Object
$o:=New object("alone")
ALERT("not reached")
// expect runtime error: New object: expects property/value pairs
