// Dates compare with date values or "YYYY-MM-DD" texts
var $c : Collection
$c:=New collection(New object("n"; "a"; "d"; !2020-05-01!); New object("n"; "b"; "d"; !2021-01-15!); New object("n"; "c"))
ALERT(JSON Stringify($c.query("d < :1"; !2021-01-01!).extract("n")))  // expect: ["a"]
ALERT(JSON Stringify($c.query("d >= '2021-01-15'").extract("n")))  // expect: ["b"]
ALERT(JSON Stringify($c.query("d = 2020-05-01").extract("n")))  // expect: ["a"]
