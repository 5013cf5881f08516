// A $ref that only leads back to itself makes the schema invalid
var $r : Object
$r:=JSON Validate(1; {"$ref": "#"})
// expect runtime error: $ref loops without validating anything
