// Comparisons with Null and undefined
var $o : Object
$o:=New object("x"; Null)
ALERT(String(Null=Null))  // expect: True
ALERT(String($o.missing=Null))  // expect: True
ALERT(String($o.x=Null))  // expect: True
ALERT(String(Undefined($o.x)))  // expect: False
ALERT(String(Undefined($o.missing)))  // expect: True
ALERT(String($o.missing>"hello"))  // expect: False
ALERT(String($o.missing<42))  // expect: False
ALERT(String($o=Null))  // expect: False
