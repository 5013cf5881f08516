// pop() and shift() remove and return the last / first element; undefined when empty
var $c; $e : Collection
$c:=New collection("a"; "b"; "c")
ALERT($c.pop())  // expect: c
ALERT($c.shift())  // expect: a
ALERT(JSON Stringify($c))  // expect: ["b"]
$e:=New collection
ALERT(String(Undefined($e.pop())))  // expect: True
ALERT(String(Undefined($e.shift())))  // expect: True
