// orderByMethod() returns a sorted copy; extra parameters reach the formula
var $c; $r : Collection
$c:=New collection("10"; "9"; "100")
$r:=$c.orderByMethod(Formula(($2="num") ? (Num($1.value)<Num($1.value2)) : ($1.value<$1.value2)); "num")
ALERT(JSON Stringify($r))  // expect: ["9","10","100"]
ALERT(JSON Stringify($c.orderBy()))  // expect: ["10","100","9"]
ALERT(JSON Stringify($c))  // expect: ["10","9","100"]
