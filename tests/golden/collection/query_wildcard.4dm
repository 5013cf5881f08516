// = supports the @ wildcard; # excludes the matches
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 45; "city"; "Paris"))
$c.push(New object("name"; "Wesson"; "city"; "Lyon"))
$c.push(New object("name"; "Winch"; "age"; 36; "city"; "paris"))
$c.push(New object("name"; "Sterling"; "age"; Null; "city"; "Nice"))
$c.push(New object("name"; "Mark"; "age"; 20; "city"; "Lyon"))
ALERT(JSON Stringify($c.query("name = :1"; "@in@").extract("name")))  // expect: ["Winch","Sterling"]
ALERT(JSON Stringify($c.query("name = 'w@'").extract("name")))  // expect: ["Wesson","Winch"]
ALERT(JSON Stringify($c.query("name # :1"; "w@").extract("name")))  // expect: ["Smith","Sterling","Mark"]
