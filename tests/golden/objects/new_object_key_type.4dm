// A property name must be a Text
var $o : Object
$o:=New object(12; "x")
// expect runtime error: Parameter 1 of New object: Text expected, got Number
