// Only a variable can receive a new object: a Null expression is refused
var $o : Object
$o:={}
OB SET($o.child; "a"; 1)
// expect runtime error: Parameter 1 of OB SET: Object expected, got Null (only a variable can receive a new object)
