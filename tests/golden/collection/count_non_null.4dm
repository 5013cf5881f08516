// count() counts non-null elements, or elements whose path is set
var $c : Collection
$c:=New collection(1; Null; "a")
$c.push(New object("name"; "x"))
$c.push(New object("name"; Null))
$c.push(New object("other"; 2))
ALERT(String($c.count()))  // expect: 5
ALERT(String($c.count("name")))  // expect: 1
