// find() returns the first matching element, findIndex() its index
var $c : Collection
var $f : 4D.Function
$c:=New collection(New object("n"; "a"; "v"; 1); New object("n"; "b"; "v"; 2); New object("n"; "b"; "v"; 3))
$f:=Formula($1.value.n=$2)
ALERT(JSON Stringify($c.find($f; "b")))  // expect: {"n":"b","v":2}
ALERT(String($c.findIndex($f; "b")))  // expect: 1
ALERT(String($c.findIndex(2; $f; "b")))  // expect: 2
ALERT(String($c.findIndex($f; "z")))  // expect: -1
ALERT(String(Undefined($c.find($f; "z"))))  // expect: True
ALERT(String($c.findIndex(-1; $f; "a")))  // expect: -1
