// JSON Resolve pointers replaces {"$ref": "#/path"} with the value it designates
var $o; $r : Object
$o:={home: {city: "Oslo"}; codes: [10; 20]; work: {"$ref": "#/home"}; second: {"$ref": "#/codes/1"}}
$r:=JSON Resolve pointers($o)
ALERT(String($r.success))  // expect: True
ALERT(JSON Stringify($o))  // expect: {"home":{"city":"Oslo"},"codes":[10,20],"work":{"city":"Oslo"},"second":20}
ALERT(String($r.value=$o))  // expect: True
ALERT(String(Undefined($r.errors)))  // expect: True
