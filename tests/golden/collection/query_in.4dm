// IN takes a collection placeholder or a [list] of values (wildcards allowed)
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("city IN :1"; New collection("nice"; "LYON")).extract("name")))  // expect: ["Wesson","Sterling","Mark"]
ALERT(JSON Stringify($c.query("age in [20, 45]").extract("name")))  // expect: ["Smith","Mark"]
ALERT(JSON Stringify($c.query("name in ['s@', \"mark\"]").extract("name")))  // expect: ["Smith","Sterling","Mark"]
