// && and || share the tier of & and |, evaluated from left to right
ALERT("left" || "" && "right")  // expect: right
ALERT(String(True | False & False))  // expect: False
ALERT(String(False & True | True))  // expect: True
var $v : Variant
$v:=7 && "" && 9
ALERT("["+$v+"]")  // expect: []
$v:=Null || 0
ALERT(String($v))  // expect: 0
