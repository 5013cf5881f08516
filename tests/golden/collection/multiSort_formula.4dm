// multiSort(formula; cols) orders with a callback, keeping ties stable
var $c; $other : Collection
$c:=New collection(New object("n"; 2); New object("n"; 1); New object("n"; 2))
$other:=New collection("first"; "second"; "third")
$c.multiSort(Formula($1.value.n>$1.value2.n); New collection($other))
ALERT(JSON Stringify($c.extract("n")))  // expect: [2,2,1]
ALERT(JSON Stringify($other))  // expect: ["first","third","second"]
