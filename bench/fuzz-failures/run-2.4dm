(// sort(formula) orders with a "less than" callback and modifies the collection
var $c; $r : Collection
$c:=New collection("ccc"; "a"; "bb")
$r:=$c.sort(Formula(Length($1.value)>Length($1.value2)))
ALERT(JSON Stringify($c))  // expect: ["ccc","bb","a"]
ALERT(String($r=$c))  // expect: True
