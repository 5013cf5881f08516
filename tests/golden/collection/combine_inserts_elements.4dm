// combine() adds the elements of another collection (not the collection itself)
var $c : Collection
$c:=New collection(1; 2; 3)
$c.combine(New collection("a"; "b"))
ALERT(JSON Stringify($c))  // expect: [1,2,3,"a","b"]
$c.combine(New collection("x"); 1)
ALERT(JSON Stringify($c))  // expect: [1,"x",2,3,"a","b"]
$c.combine(New collection("y"); -1)
ALERT(JSON Stringify($c))  // expect: [1,"x",2,3,"a","y","b"]
