// orderBy on a property: numbers, texts, mixed types, NaN and missing values keep 4D's order
var $c : Collection
$c:=New collection(New object("k"; 2; "i"; 1); New object("k"; 1; "i"; 2); New object("k"; 2; "i"; 3))
ALERT(JSON Stringify($c.orderBy("k asc").extract("i")))  // expect: [2,1,3]
ALERT(JSON Stringify($c.orderBy("k desc").extract("i")))  // expect: [1,3,2]
$c:=New collection(New object("k"; "b"); New object("k"; "É"); New object("k"; "a"); New object("k"; "e"))
ALERT(JSON Stringify($c.orderBy("k").extract("k")))  // expect: ["a","b","É","e"]
$c:=New collection(New object("k"; "x"); New object("k"; 3); New object; New object("k"; Null); New object("k"; True))
ALERT(JSON Stringify($c.orderBy("k")))  // expect: [{},{"k":null},{"k":true},{"k":"x"},{"k":3}]
var $nan : Real
$nan:=Square root(-1)
$c:=New collection(New object("k"; 1; "i"; 1); New object("k"; $nan; "i"; 2); New object("k"; -5; "i"; 3))
ALERT(JSON Stringify($c.orderBy("k").extract("i")))  // expect: [2,3,1]
