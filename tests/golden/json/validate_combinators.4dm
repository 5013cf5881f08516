// oneOf, anyOf, not, enum and $ref to definitions
var $schema : Object
$schema:={definitions: {small: {type: "number"; maximum: 10}}; oneOf: [{"$ref": "#/definitions/small"}; {type: "number"; minimum: 5}]}
ALERT(String(JSON Validate(3; $schema).success))  // expect: True
ALERT(String(JSON Validate(7; $schema).errors[0].code))  // expect: 21
ALERT(String(JSON Validate("x"; $schema).errors[0].code))  // expect: 22
ALERT(String(JSON Validate(1; {not: {type: "number"}}).errors[0].code))  // expect: 23
ALERT(JSON Validate("blue"; {enum: ["red"; "green"]}).errors[0].message)  // expect: Error while validating against 'enum' key. "blue" does not match any enum element in the schema.
ALERT(String(JSON Validate("x"; {anyOf: [{type: "number"}; {type: "string"}]}).success))  // expect: True
ALERT(String(JSON Validate("not a mail"; {format: "email"}).errors[0].code))  // expect: 24
