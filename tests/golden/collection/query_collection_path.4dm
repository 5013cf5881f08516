// [] in a path looks at every element of a collection property
var $c : Collection
$c:=New collection
$c.push(New object("n"; "a"; "kids"; New collection(New object("age"; 3); New object("age"; 12))))
$c.push(New object("n"; "b"; "kids"; New collection(New object("age"; 8))))
$c.push(New object("n"; "c"; "kids"; New collection))
$c.push(New object("n"; "d"))
ALERT(JSON Stringify($c.query("kids[].age > 10").extract("n")))  // expect: ["a"]
ALERT(JSON Stringify($c.query("kids[].age < 10").extract("n")))  // expect: ["a","b"]
ALERT(JSON Stringify($c.query("kids[].age # 3").extract("n")))  // expect: ["b"]
