// orderBy("path {asc|desc}, ...") sorts objects on several properties
var $c : Collection
$c:=New collection
$c.push(New object("n"; "b"; "age"; 30))
$c.push(New object("n"; "a"; "age"; 20))
$c.push(New object("n"; "c"; "age"; 30))
$c.push(New object("n"; "d"; "age"; 20))
ALERT(JSON Stringify($c.orderBy("age desc, n").extract("n")))  // expect: ["b","c","a","d"]
ALERT(JSON Stringify($c.orderBy("age, n desc").extract("n")))  // expect: ["d","a","c","b"]
ALERT(JSON Stringify($c.extract("n")))  // expect: ["b","a","c","d"]
