// reduce() accumulates into $1.accumulator, starting from initValue
var $c : Collection
$c:=New collection(1; 2; 3; 4)
ALERT(String($c.reduce(Formula($1.accumulator:=$1.accumulator*$1.value); 1)))  // expect: 24
ALERT($c.reduce(Formula($1.accumulator:=$1.accumulator+String($1.value)+$2); ">"; "."))  // expect: >1.2.3.4.
ALERT(String(Undefined(New collection.reduce(Formula($1.accumulator:=1)))))  // expect: True
