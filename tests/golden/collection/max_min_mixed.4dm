// max()/min() follow the sort order: the last / first value of the ordered collection
var $c : Collection
$c:=New collection(5; "zz"; 12; Null; True)
ALERT(String($c.max()))  // expect: 12
ALERT(String($c.min()))  // expect: True
$c.push(New object("k"; 1))
ALERT(JSON Stringify($c.max()))  // expect: {"k":1}
ALERT(String(Undefined(New collection.max())))  // expect: True
