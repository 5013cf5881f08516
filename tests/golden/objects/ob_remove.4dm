// OB REMOVE deletes a property; a missing one or a Null object is ignored
var $o; $none : Object
$o:={a: 1; b: 2; c: 3}
OB REMOVE($o; "b")
OB REMOVE($o; "zzz")
OB REMOVE($none; "a")
ALERT(JSON Stringify($o))  // expect: {"a":1,"c":3}
OB REMOVE($o; "A")
ALERT(JSON Stringify($o))  // expect: {"a":1,"c":3}
