// A Real assigned to an Integer is rounded (run4d's decision: half away from zero)
var $i : Integer
$i:=3.1416
ALERT(String($i))  // expect: 3
$i:=2.5
ALERT(String($i))  // expect: 3
$i:=-2.5
ALERT(String($i))  // expect: -3
$i:=7/2
ALERT(String($i))  // expect: 4
