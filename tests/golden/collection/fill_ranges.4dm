// fill(value{; start{; end}}): end excluded, negative bounds count from the end
var $c : Collection
$c:=New collection(1; 2; 3; 4; 5; 6)
$c.fill(0)
ALERT(JSON Stringify($c))  // expect: [0,0,0,0,0,0]
$c.fill("a"; 4)
ALERT(JSON Stringify($c))  // expect: [0,0,0,0,"a","a"]
$c.fill(9; 1; 3)
ALERT(JSON Stringify($c))  // expect: [0,9,9,0,"a","a"]
$c.fill(7; -3; -1)
ALERT(JSON Stringify($c))  // expect: [0,9,9,7,7,"a"]
$c.fill(5; 4; 2)
ALERT(JSON Stringify($c))  // expect: [0,9,9,7,7,"a"]
