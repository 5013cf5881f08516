// indexOf() never matches values of another type
var $c : Collection
$c:=New collection("1"; True; Null)
ALERT(String($c.indexOf(1)))  // expect: -1
ALERT(String($c.indexOf(Null)))  // expect: 2
ALERT(String($c.indexOf(True)))  // expect: 1
