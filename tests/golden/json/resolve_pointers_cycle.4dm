// A pointer to an enclosing object makes a cyclic structure (objects are shared, not copied)
var $o; $r : Object
$o:={name: "top"; again: {"$ref": "#"}}
$r:=JSON Resolve pointers($o)
ALERT(String($r.success))  // expect: True
ALERT($o.again.again.name)  // expect: top
ALERT(String($o.again=$o))  // expect: True
