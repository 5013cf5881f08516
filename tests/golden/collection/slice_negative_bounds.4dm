// slice(start{; end}) returns a shallow copy; negative bounds count from the end
var $o : Object
var $c; $s : Collection
$o:=New object("v"; 1)
$c:=New collection(1; 2; 3; 4; $o)
ALERT(JSON Stringify($c.slice(1; 3)))  // expect: [2,3]
ALERT(JSON Stringify($c.slice(3)))  // expect: [4,{"v":1}]
ALERT(JSON Stringify($c.slice(-3; -1)))  // expect: [3,4]
ALERT(JSON Stringify($c.slice(3; 1)))  // expect: []
$s:=$c.slice(4)
ALERT(String($s[0]=$o))  // expect: True
