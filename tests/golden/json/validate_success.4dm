// JSON Validate returns {success: true} when the value follows the schema
var $schema; $r : Object
$schema:={type: "object"; required: ["name"]; properties: {name: {type: "string"; minLength: 1}; age: {type: "integer"; minimum: 0}}}
$r:=JSON Validate({name: "Ann"; age: 30}; $schema)
ALERT(JSON Stringify($r))  // expect: {"success":true}
