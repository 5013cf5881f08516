// multiSort(cols) sorts the collection and moves the others the same way
var $keys; $a; $b : Collection
$keys:=New collection("c"; "a"; "b")
$a:=New collection(3; 1; 2)
$b:=New collection(New object("k"; "c"); Null; New collection("b"))
$keys.multiSort(New collection($a; $b))
ALERT(JSON Stringify($keys))  // expect: ["a","b","c"]
ALERT(JSON Stringify($a))  // expect: [1,2,3]
ALERT(JSON Stringify($b))  // expect: [null,["b"],{"k":"c"}]
