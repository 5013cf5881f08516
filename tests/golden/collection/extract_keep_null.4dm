// extract() skips null and missing values unless ck keep null
var $c : Collection
$c:=New collection(New object("n"; "a"); New object("m"; 1); New object("n"; Null); 42; New object("n"; "b"))
ALERT(JSON Stringify($c.extract("n")))  // expect: ["a","b"]
ALERT(JSON Stringify($c.extract("n"; ck keep null)))  // expect: ["a",null,null,null,"b"]
