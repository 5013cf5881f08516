// Elements that are not objects never match a query
var $c : Collection
$c:=New collection(1; "a"; Null; New object("v"; 1); New collection(1))
ALERT(JSON Stringify($c.query("v = 1")))  // expect: [{"v":1}]
ALERT(JSON Stringify($c.query("not(v = 2)")))  // expect: [{"v":1}]
