// Without ck shared, the copy of a shared object is a plain object at every level
var $s; $c : Object
$s:=New shared object("inner"; New shared object("v"; 1))
$c:=OB Copy($s)
ALERT(String(OB Is shared($c))+" "+String(OB Is shared($c.inner)))  // expect: False False
$c.inner.v:=2
ALERT(String($s.inner.v)+" "+String($c.inner.v))  // expect: 1 2
