// copy() duplicates nested objects and collections
var $c; $d : Collection
$c:=New collection(New object("n"; 1); New collection("x"))
$d:=$c.copy()
$d[0].n:=2
$d[1].push("y")
ALERT(JSON Stringify($c))  // expect: [{"n":1},["x"]]
ALERT(JSON Stringify($d))  // expect: [{"n":2},["x","y"]]
ALERT(String($c[0]=$d[0]))  // expect: False
