// OB REMOVE takes the implicit Use of a shared object (docs/Concepts/shared.md), inside Use or not
var $s : Object
$s:=New shared object("a"; 1; "b"; 2; "c"; 3)
Use($s)
	OB REMOVE($s; "a")
End use
ALERT(JSON Stringify($s))  // expect: {"b":2,"c":3}
OB REMOVE($s; "b")
ALERT(JSON Stringify($s))  // expect: {"c":3}
OB REMOVE($s; "missing")
ALERT(JSON Stringify($s))  // expect: {"c":3}
$s.c:=4
// expect runtime error: A shared object can only be modified inside Use...End use
