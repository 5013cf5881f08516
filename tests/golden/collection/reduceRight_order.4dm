// reduceRight() walks the elements from the last to the first
var $c : Collection
$c:=New collection("a"; "b"; "c")
ALERT($c.reduceRight(Formula($1.accumulator:=$1.accumulator+$1.value); ""))  // expect: cba
ALERT($c.reduce(Formula($1.accumulator:=$1.accumulator+$1.value); ""))  // expect: abc
