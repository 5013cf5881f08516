// orderBy() accepts a collection of {propertyPath; descending} objects
var $c; $crit : Collection
$c:=New collection
$c.push(New object("p"; New object("x"; 1); "id"; 1))
$c.push(New object("p"; New object("x"; 2); "id"; 2))
$c.push(New object("p"; New object("x"; 1); "id"; 3))
$crit:=New collection(New object("propertyPath"; "p.x"; "descending"; True); New object("propertyPath"; "id"; "descending"; True))
ALERT(JSON Stringify($c.orderBy($crit).extract("id")))  // expect: [2,3,1]
