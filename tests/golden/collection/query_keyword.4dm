// % finds a keyword (a whole word) inside a text property
var $c : Collection
$c:=New collection(New object("t"; "red apple pie"); New object("t"; "pineapple"); New object("t"; "Apple tart"))
ALERT(JSON Stringify($c.query("t % apple").extract("t")))  // expect: ["red apple pie","Apple tart"]
