// push() appends its arguments and returns the same collection (chainable)
var $c; $r : Collection
$c:=New collection(1)
$r:=$c.push(2).push(3; "four")
ALERT(JSON Stringify($c))  // expect: [1,2,3,"four"]
ALERT(String($r=$c))  // expect: True
