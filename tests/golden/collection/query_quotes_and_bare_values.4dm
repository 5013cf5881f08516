// Values may be quoted ('...' or "...") or bare; true/false and numbers are typed
var $c : Collection
$c:=New collection(New object("n"; "John Doe"; "ok"; True; "v"; 1.5); New object("n"; "Ann"; "ok"; False; "v"; 2))
ALERT(JSON Stringify($c.query("n = 'john doe'").extract("n")))  // expect: ["John Doe"]
ALERT(JSON Stringify($c.query("n = \"ann\"").extract("n")))  // expect: ["Ann"]
ALERT(JSON Stringify($c.query("n = Ann").extract("n")))  // expect: ["Ann"]
ALERT(JSON Stringify($c.query("ok = true").extract("n")))  // expect: ["John Doe"]
ALERT(JSON Stringify($c.query("v <= 1.5").extract("n")))  // expect: ["John Doe"]
ALERT(JSON Stringify($c.query("v = '2'").extract("n")))  // expect: ["Ann"]
