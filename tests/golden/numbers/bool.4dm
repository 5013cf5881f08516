// Bool: False for undefined, Null, 0 and every type but Boolean and Number
var $o : Object:={flag: True; n: 2}
ALERT(String(Bool($o.flag)))  // expect: True
ALERT(String(Bool($o.missing)))  // expect: False
ALERT(String(Bool(Null)))  // expect: False
ALERT(String(Bool($o.n)))  // expect: True
ALERT(String(Bool(0)))  // expect: False
ALERT(String(Bool("True")))  // expect: False
ALERT(String(Bool($o)))  // expect: False
