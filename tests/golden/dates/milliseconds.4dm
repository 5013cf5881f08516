// Milliseconds and Tickcount only grow; differences measure time
var $m1; $m2; $t1; $t2 : Real
$m1:=Milliseconds
$t1:=Tickcount
DELAY PROCESS(Current process; 3)
$m2:=Milliseconds
$t2:=Tickcount
ALERT(String(($m2-$m1)>=40))  // expect: True
ALERT(String(($t2-$t1)>=2))  // expect: True
ALERT(String(Value type(Milliseconds)))  // expect: 1
