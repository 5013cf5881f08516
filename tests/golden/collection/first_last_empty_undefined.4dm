// first() and last() give undefined on an empty collection
var $c : Collection
$c:=New collection("a"; "b")
ALERT($c.first()+$c.last())  // expect: ab
$c:=New collection
ALERT(String(Undefined($c.first())))  // expect: True
ALERT(String(Undefined($c.last())))  // expect: True
