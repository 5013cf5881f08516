// extract(path; target; ...) builds objects with renamed properties
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Ann"; "info"; New object("age"; 30)))
$c.push(New object("name"; Null))
$c.push(New object("info"; New object("age"; 4)))
ALERT(JSON Stringify($c.extract("name"; "who"; "info.age"; "years")))  // expect: [{"who":"Ann","years":30},{"who":null},{"years":4}]
ALERT(JSON Stringify($c.extract("info.age"; "a.b")))  // expect: [{"a":{"b":30}},{"a":{"b":4}}]
