// resize() cuts the collection or grows it with null or a default value
var $c : Collection
$c:=New collection(1; 2; 3)
$c.resize(5)
ALERT(JSON Stringify($c))  // expect: [1,2,3,null,null]
$c.resize(2)
ALERT(JSON Stringify($c))  // expect: [1,2]
$c.resize(4; "x")
ALERT(JSON Stringify($c))  // expect: [1,2,"x","x"]
