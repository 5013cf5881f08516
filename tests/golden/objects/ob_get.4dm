// OB Get returns a property as stored; a missing one is undefined
var $o : Object
$o:={name: "Ada"; n: 7; t: ?00:01:05?; d: !2021-03-04!}
ALERT(OB Get($o; "name"))  // expect: Ada
ALERT(String(Value type(OB Get($o; "t"))))  // expect: 1
ALERT(String(OB Get($o; "t")))  // expect: 65
ALERT(String(Value type(OB Get($o; "d"))))  // expect: 4
ALERT(String(Undefined(OB Get($o; "missing"))))  // expect: True
ALERT(String(Undefined(OB Get($o; "Name"))))  // expect: True
