// countValues() counts equal elements, or equal values at a property path
var $c; $list : Collection
$list:=New collection(1)
$c:=New collection(2; "two"; 2; $list; "TWO")
ALERT(String($c.countValues(2)))  // expect: 2
ALERT(String($c.countValues("two")))  // expect: 2
ALERT(String($c.countValues($list)))  // expect: 1
$c:=New collection(New object("k"; 5); New object("k"; 6); New object("k"; 5); 5)
ALERT(String($c.countValues(5; "k")))  // expect: 2
