// Parentheses group conditions
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("(city = lyon | city = nice) & (age = null | age < 30)").extract("name")))  // expect: ["Wesson","Sterling","Mark"]
ALERT(JSON Stringify($c.query("city = lyon | (city = nice & age = null)").extract("name")))  // expect: ["Wesson","Sterling","Mark"]
