// New collection stores every number as a Real; undefined becomes null
var $c : Collection
var $i : Integer
$i:=7
$c:=New collection($i; "a"; True; Null)
ALERT(JSON Stringify($c))  // expect: [7,"a",true,null]
ALERT(String(Value type($c[0])=Is real))  // expect: True
ALERT(String(New collection.length))  // expect: 0
