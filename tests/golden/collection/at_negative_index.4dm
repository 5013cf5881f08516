// at() accepts negative indexes and gives undefined out of range
var $c : Collection
$c:=New collection(10; 20; 30)
ALERT(String($c.at(0)))  // expect: 10
ALERT(String($c.at(-1)))  // expect: 30
ALERT(String(Undefined($c.at(3))))  // expect: True
ALERT(String(Undefined($c.at(-4))))  // expect: True
