// A method callback may return its result instead of setting $1.result
var $c : Collection
$c:=New collection(1; 2; 3; 4; 5; 6)
ALERT(JSON Stringify($c.filter("isMultiple"; 3)))  // expect: [3,6]
ALERT(JSON Stringify($c.map("isMultiple"; 2)))  // expect: [false,true,false,true,false,true]
