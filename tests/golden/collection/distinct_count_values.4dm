// distinct(path; ck count values) returns {value; count} objects
var $c : Collection
$c:=New collection(New object("t"; "x"); New object("t"; "y"); New object("t"; "x"); New object("u"; 1))
ALERT(JSON Stringify($c.distinct("t")))  // expect: ["x","y"]
ALERT(JSON Stringify($c.distinct("t"; ck count values)))  // expect: [{"value":"x","count":2},{"value":"y","count":1}]
