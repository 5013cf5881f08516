// concat() returns a new collection; collection arguments are spread
var $c; $d : Collection
$c:=New collection(1; 2)
$d:=$c.concat(New collection(3; 4); 5; New object("k"; 6))
ALERT(JSON Stringify($d))  // expect: [1,2,3,4,5,{"k":6}]
ALERT(JSON Stringify($c))  // expect: [1,2]
