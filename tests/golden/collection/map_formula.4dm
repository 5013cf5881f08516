// map() builds a new collection of the callback's results
var $c; $m : Collection
$c:=New collection(1; 2; 3)
$m:=$c.map(Formula($1.value*$2); 10)
ALERT(JSON Stringify($m))  // expect: [10,20,30]
ALERT(JSON Stringify($c))  // expect: [1,2,3]
