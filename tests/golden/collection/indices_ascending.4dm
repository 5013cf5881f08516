// indices() returns the indexes of the matching elements, in ascending order
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.indices("city = :1"; "lyon")))  // expect: [1,4]
ALERT(JSON Stringify($c.indices("age > 30 order by age")))  // expect: [0,2]
ALERT(JSON Stringify($c.indices("name = nobody")))  // expect: []
