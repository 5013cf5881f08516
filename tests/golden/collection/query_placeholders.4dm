// query() with indexed placeholders :1, :2 for values and for a property path
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("name = :1"; "winch").extract("name")))  // expect: ["Winch"]
ALERT(JSON Stringify($c.query("age > :1 and city = :2"; 30; "PARIS").extract("name")))  // expect: ["Smith","Winch"]
ALERT(JSON Stringify($c.query(":1 = :2"; "city"; "lyon").extract("name")))  // expect: ["Wesson","Mark"]
