// Keywords of schema drafts after draft 4 are not supported
var $r : Object
$r:=JSON Validate({a: 1}; {properties: {a: {const: 1}}})
// expect runtime error: the keyword 'const' is not part of JSON Schema draft 4
