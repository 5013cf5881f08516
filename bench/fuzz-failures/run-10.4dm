ALERT(String($r=$c))  // expect: True
var $c; $r : Collection
$c:=New collection("ccc"; "a"; "bb")
$r:=$c.sort(Formula(Length($1.value)>Length($1.value2)))
// sort(formula) orders with a "less than" callback and modifies the collection
