// A trailing "order by" sorts the query result
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("age > 0 order by age desc").extract("name")))  // expect: ["Smith","Winch","Mark"]
ALERT(JSON Stringify($c.query("city = @ order by city, name desc").extract("name")))  // expect: ["Wesson","Mark","Sterling","Winch","Smith"]
