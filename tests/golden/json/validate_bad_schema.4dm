// An invalid schema is an error
var $r : Object
$r:=JSON Validate({a: 1}; {type: "whole"})
// expect runtime error: JSON Validate: invalid schema: #/type: unknown type
