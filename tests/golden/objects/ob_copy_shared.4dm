// OB Copy with ck shared makes a shared copy, nested objects included
var $o; $s : Object
$o:={n: 1; inner: {m: 2}; list: [1; 2]}
$s:=OB Copy($o; ck shared)
ALERT(String(OB Is shared($s)))  // expect: True
ALERT(String(OB Is shared($s.inner)))  // expect: True
ALERT(String(OB Is shared($s.list)))  // expect: True
Use($s)
	$s.inner.m:=3
End use
ALERT(String($s.inner.m)+" "+String($o.inner.m))  // expect: 3 2
$s.n:=5
// expect runtime error: A shared object can only be modified inside Use...End use
