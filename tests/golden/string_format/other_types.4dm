// Text, Boolean, undefined and Null ignore the format
ALERT(String("abc"; "###"))  // expect: abc
ALERT(String(True; "###"))  // expect: True
ALERT(String(False))  // expect: False
var $o : Object:={v: Null}
ALERT("["+String($o.missing; "###")+"]")  // expect: []
ALERT(String($o.v))  // expect: null
