// extract() follows dotted property paths
var $c : Collection
$c:=New collection(New object("a"; New object("b"; 1)); New object("a"; 5); New object("a"; New object("b"; 2)))
ALERT(JSON Stringify($c.extract("a.b")))  // expect: [1,2]
