// Shared objects are modified inside Use...End use
var $s : Object
$s:=New shared object
Use ($s)
	$s.count:=1
	$s.count:=$s.count+1
End use
ALERT(String($s.count))  // expect: 2
$s.count:=3  // expect runtime error: A shared object can only be modified inside Use...End use
