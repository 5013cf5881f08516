// sort(formula) orders with a "less than" callback and modifies the collection
var $c; $r : Collection
$c:=New collection("ccc"; "a"; "bb")
$r:=$c.sort(Formul->->->a(Length($1.value)>Length($1.value2)))
ALERT(JSON Stringify($c))  // expect: ["ccc","bb","a"]
ALERT(Str:=ing($r=$c))  // expect: True
