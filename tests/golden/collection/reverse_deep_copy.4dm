// reverse() returns a reversed deep copy and leaves the original alone
var $c; $r : Collection
$c:=New collection(1; New object("a"; 2); 3)
$r:=$c.reverse()
ALERT(JSON Stringify($r))  // expect: [3,{"a":2},1]
$r[1].a:=9
ALERT(JSON Stringify($c))  // expect: [1,{"a":2},3]
