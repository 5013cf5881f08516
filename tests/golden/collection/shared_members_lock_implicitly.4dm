// Member functions that modify a shared collection take the lock themselves
var $s : Collection
$s:=New shared collection(3; 1)
$s.push(2)
$s.unshift(0)
$s.sort()
$s.remove(0)
ALERT(JSON Stringify($s))  // expect: [1,2,3]
