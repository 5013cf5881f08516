// A pointer that designates nothing is reported in errors and left in place
var $o; $r : Object
$o:={a: {"$ref": "#/nowhere"}; b: {"$ref": "missing.json#/x"}}
$r:=JSON Resolve pointers($o)
ALERT(String($r.success))  // expect: False
ALERT(String($r.errors.length))  // expect: 2
ALERT($r.errors[0].pointerURI)  // expect: #/nowhere
ALERT(JSON Stringify($o.a))  // expect: {"$ref":"#/nowhere"}
