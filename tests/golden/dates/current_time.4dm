// Current time is a Time between 00:00:00 and 23:59:59
var $t : Time
$t:=Current time
ALERT(String(Value type(Current time)))  // expect: 11
ALERT(String(($t>=?00:00:00?) & ($t<=?23:59:59?)))  // expect: True
ALERT(String(Length(String($t))))  // expect: 8
