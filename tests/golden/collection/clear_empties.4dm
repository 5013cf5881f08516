// clear() removes every element and returns the collection itself
var $c; $r : Collection
$c:=New collection(1; 2; 3)
$r:=$c.clear()
ALERT(String($c.length))  // expect: 0
ALERT(String($r=$c))  // expect: True
