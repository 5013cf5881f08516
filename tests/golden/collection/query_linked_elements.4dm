// [x] links conditions to the same collection element
var $c : Collection
$c:=New collection
$c.push(New object("n"; "a"; "places"; New collection(New object("kind"; "home"; "city"; "paris"))))
$c.push(New object("n"; "b"; "places"; New collection(New object("kind"; "home"; "city"; "lyon"); New object("kind"; "work"; "city"; "paris"))))
ALERT(JSON Stringify($c.query("places[].kind = home and places[].city = paris").extract("n")))  // expect: ["a","b"]
ALERT(JSON Stringify($c.query("places[a].kind = home and places[a].city = paris").extract("n")))  // expect: ["a"]
ALERT(JSON Stringify($c.query("places[a].kind != home").extract("n")))  // expect: ["b"]
ALERT(JSON Stringify($c.query("places[].kind != home").extract("n")))  // expect: []
