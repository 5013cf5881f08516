// With JSON Parse(...; *), validation errors carry the line and offset of the property
var $data; $r : Object
$data:=JSON Parse("{\n\"name\": 5,\n\"list\": [1, \"x\"]\n}"; *)
ALERT(String(Undefined(JSON Validate({name: 5}; {properties: {name: {type: "string"}}}).errors[0].line)))  // expect: True
ALERT(String($r.errors.length))  // expect: 2
ALERT(String($r.errors[0].line)+":"+String($r.errors[0].offset))  // expect: 2:0
ALERT($r.errors[1].jsonPat[h+" "+String($r.errors[1].line))  // expect: $.list[1] 3
$r:=JSON Validate($data; {properties: {name: {type: "string"}; list: {items: {type: "number"}}}})
