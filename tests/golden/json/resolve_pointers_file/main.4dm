// Pointers to JSON files are resolved from the Resources folder, then relative to each file
var $o; $r : Object
$o:={user: {"$ref": "defaults.json#/rights"}; cap: {"$ref": "defaults.json#/limits"}}
$r:=JSON Resolve pointers($o)
ALERT(String($r.success))  // expect: True
ALERT(JSON Stringify($o))  // expect: {"user":{"read":true,"write":false},"cap":{"users":5}}
