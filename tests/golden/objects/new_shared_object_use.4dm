// A shared object is read freely but written only inside Use...End use
var $s : Object
$s:=New shared object("count"; 1)
ALERT(String($s.count))  // expect: 1
ALERT(String(OB Is shared($s)))  // expect: True
Use($s)
	$s.count:=$s.count+1
End use
ALERT(String($s.count))  // expect: 2
$s.count:=10
// expect runtime error: A shared object can only be modified inside Use...End use
