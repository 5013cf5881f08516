// Comparing values of different types simply does not match
var $c : Collection
$c:=New collection(New object("v"; "10"); New object("v"; 10); New object("v"; True))
ALERT(String($c.query("v > 5").length))  // expect: 1
ALERT(String($c.query("v = true").length))  // expect: 1
