// sort(ck descending) reverses the order
var $c : Collection
$c:=New collection(3; "b"; 10; "a")
ALERT(JSON Stringify($c.sort(ck descending)))  // expect: [10,3,"b","a"]
ALERT(JSON Stringify($c.sort(ck ascending)))  // expect: ["a","b",3,10]
