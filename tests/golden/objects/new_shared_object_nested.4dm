// Shared objects may hold other shared objects (they join the same shared group)
var $s; $inner : Object
$inner:=New shared object("n"; 1)
$s:=New shared object("inner"; $inner)
Use($s)
	$s.inner.n:=5
End use
ALERT(String($inner.n))  // expect: 5
