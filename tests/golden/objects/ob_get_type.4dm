// OB Get type gives the type of a property's value
var $o : Object
$o:={s: "x"; n: 1; b: True; z: Null; o: {}; c: []; d: !2020-01-01!}
ALERT(String(OB Get type($o; "s")))  // expect: 2
ALERT(String(OB Get type($o; "n")))  // expect: 1
ALERT(String(OB Get type($o; "b")))  // expect: 6
ALERT(String(OB Get type($o; "z")))  // expect: 255
ALERT(String(OB Get type($o; "o")))  // expect: 38
ALERT(String(OB Get type($o; "c")))  // expect: 42
ALERT(String(OB Get type($o; "d")))  // expect: 4
ALERT(String(OB Get type($o; "nothing")))  // expect: 5
