// reduce() with a method name that combines collections into $1.accumulator
var $c : Collection
$c:=New collection(New collection(1; 2); New collection(3); New collection(4; 5))
ALERT(JSON Stringify($c.reduce("joinAll")))  // expect: [1,2,3,4,5]
ALERT(JSON Stringify($c.reduceRight("joinAll")))  // expect: [4,5,3,1,2]
