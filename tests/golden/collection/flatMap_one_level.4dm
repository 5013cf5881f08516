// flatMap() is map() followed by flat(1)
var $c : Collection
$c:=New collection(1; 2)
ALERT(JSON Stringify($c.flatMap(Formula(New collection($1.value; New collection($1.value*10))))))  // expect: [1,[10],2,[20]]
ALERT(JSON Stringify($c.flatMap(Formula($1.value+1))))  // expect: [2,3]
