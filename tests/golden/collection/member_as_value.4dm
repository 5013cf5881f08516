// A member function read without () is a 4D.Function bound to the collection
var $c : Collection
var $f : 4D.Function
$c:=New collection(1)
$f:=$c.push
$f.call($c; 2)
ALERT(JSON Stringify($c))  // expect: [1,2]
