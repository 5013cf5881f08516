// Only $ref inside the schema is supported
var $r : Object
$r:=JSON Validate(1; {"$ref": "http://example.com/schema.json"})
// expect runtime error: only $ref inside the schema
