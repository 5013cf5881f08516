// sort() with a method name: the method sets $1.result to "value < value2"
var $c : Collection
$c:=New collection(New object("n"; 3); New object("n"; 1); New object("n"; 2))
$c.sort("byN")
ALERT(JSON Stringify($c.extract("n")))  // expect: [1,2,3]
ALERT(JSON Stringify($c.orderByMethod("byN"; True).extract("n")))  // expect: [3,2,1]
