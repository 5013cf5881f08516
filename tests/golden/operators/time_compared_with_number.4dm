// A time compares with a number as its number of seconds (a time "can be treated as a number")
var $t : Time
$t:=?00:01:00?
ALERT(String($t>30))  // expect: True
ALERT(String($t=60))  // expect: True
ALERT(String(90<=$t))  // expect: False
ALERT(String($t#60.5))  // expect: True
ALERT(String(Current time>=0))  // expect: True
ALERT(String(?00:00:00?<0))  // expect: False
