// distinct() drops duplicates (text ignores case) and nulls, and sorts the result
var $c : Collection
$c:=New collection("b"; "a"; "B"; 2; Null; 1; 2; "A")
ALERT(JSON Stringify($c.distinct()))  // expect: ["a","b",1,2]
