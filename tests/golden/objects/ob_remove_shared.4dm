// Removing a property of a shared object needs Use...End use
var $s : Object
$s:=New shared object("a"; 1; "b"; 2)
Use($s)
	OB REMOVE($s; "a")
End use
ALERT(JSON Stringify($s))  // expect: {"b":2}
OB REMOVE($s; "b")
// expect runtime error: A shared object can only be modified inside Use...End use
