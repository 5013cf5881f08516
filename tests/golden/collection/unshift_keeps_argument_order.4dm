// unshift() puts all its values at the start, in argument order
var $c : Collection
$c:=New collection("x")
$c.unshift("a"; "b")
$c.unshift(0)
ALERT(JSON Stringify($c))  // expect: [0,"a","b","x"]
