// equal(): a property holding null differs from a missing property
var $a; $b : Collection
$a:=New collection(New object("x"; Null))
$b:=New collection(New object)
ALERT(String($a.equal($b)))  // expect: False
ALERT(String($a.equal(New collection(New object("x"; Null)))))  // expect: True
