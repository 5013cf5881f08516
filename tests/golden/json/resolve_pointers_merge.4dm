// With merge, the other properties of the pointer object are added to what it designates
var $o; $r : Object
$o:={base: {a: 1; b: 2}; mine: {"$ref": "#/base"; b: 3; c: 4}}
$r:=JSON Resolve pointers($o; {merge: True})
ALERT(JSON Stringify($o.mine))  // expect: {"a":1,"b":3,"c":4}
ALERT(JSON Stringify($o.base))  // expect: {"a":1,"b":2}
