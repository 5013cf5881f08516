// When the whole object resolves to a scalar, the object is left untouched
var $o; $r : Object
$o:={"$ref": "#/n"; n: 5}
$r:=JSON Resolve pointers($o)
ALERT(String($r.value))  // expect: 5
ALERT(JSON Stringify($o))  // expect: {"$ref":"#/n","n":5}
