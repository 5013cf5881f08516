// querySettings: parameters (values) and attributes (paths) for :name placeholders
var $c; $r : Collection
var $settings : Object
$c:=New collection(New object("a b"; New object("x"; 1)); New object("a b"; New object("x"; 2)))
$settings:=New object
$settings.parameters:=New object("v"; 2)
$settings.attributes:=New object("path"; New collection("a b"; "x"))
$r:=$c.query(":path = :v"; $settings)
ALERT(JSON Stringify($r))  // expect: [{"a b":{"x":2}}]
$settings.attributes:=New object("p"; "a b")
ALERT(String($c.query(":p = null"; $settings).length))  // expect: 0
