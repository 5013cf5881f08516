// A Null schema is invalid
var $schema; $r : Object
$r:=JSON Validate({a: 1}; $schema)
// expect runtime error: JSON Validate: invalid schema: the schema is Null
