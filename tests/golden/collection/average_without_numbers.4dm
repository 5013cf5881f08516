// average() is undefined and sum() is 0 when there is no number
var $c : Collection
$c:=New collection("a"; "b")
ALERT(String(Undefined($c.average())))  // expect: True
ALERT(String($c.sum()))  // expect: 0
ALERT(String(Undefined(New collection.average())))  // expect: True
ALERT(String(Undefined($c.average("missing"))))  // expect: True
