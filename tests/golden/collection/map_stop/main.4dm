// A method callback that sets $1.stop ends map() after the current element
var $c : Collection
$c:=New collection(1; 2; 3; 4)
ALERT(JSON Stringify($c.map("doubleUntilTwo")))  // expect: [2,4]
