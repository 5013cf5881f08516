// query() on a shared collection gives shared results in the same shared group
var $s; $q : Collection
$s:=New shared collection(New shared object("n"; 1); New shared object("n"; 2))
$q:=$s.query("n > 1")
Use($s)
	$q[0].n:=5
End use
ALERT(JSON Stringify($s))  // expect: [{"n":1},{"n":5}]
$q[0].n:=6  // expect runtime error: A shared object can only be modified inside Use...End use
