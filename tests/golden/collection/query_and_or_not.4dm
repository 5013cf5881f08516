// AND (& &&), OR (| ||) and NOT combine conditions; AND binds tighter than OR
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("city = lyon | age < 40 & age > 30").extract("name")))  // expect: ["Wesson","Winch","Mark"]
ALERT(JSON Stringify($c.query("city = lyon && age > 10").extract("name")))  // expect: ["Mark"]
ALERT(JSON Stringify($c.query("city = nice OR name = mark").extract("name")))  // expect: ["Sterling","Mark"]
ALERT(JSON Stringify($c.query("not(city = lyon)").extract("name")))  // expect: ["Smith","Winch","Sterling"]
ALERT(JSON Stringify($c.query("NOT city = paris AND age > 0").extract("name")))  // expect: ["Mark"]
