// Writing an element of a shared collection outside Use...End use is an error
var $s : Collection
$s:=New shared collection("a"; "b")
ALERT($s[1])  // expect: b
$s[1]:="c"  // expect runtime error: A shared collection can only be modified inside Use...End use
