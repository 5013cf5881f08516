// insert(): negative indexes count from the end, out-of-range ones are clamped
var $c : Collection
$c:=New collection(1; 2; 3)
$c.insert(1; "a")
ALERT(JSON Stringify($c))  // expect: [1,"a",2,3]
$c.insert(-1; "b")
ALERT(JSON Stringify($c))  // expect: [1,"a",2,"b",3]
$c.insert(99; "end")
$c.insert(-99; "start")
ALERT(JSON Stringify($c))  // expect: ["start",1,"a",2,"b",3,"end"]
