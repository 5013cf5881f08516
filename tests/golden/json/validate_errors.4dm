// Each failed rule gives an error object with 4D's code and message
var $schema; $r : Object
$schema:={type: "object"; required: ["name"; "id"]; properties: {age: {type: "integer"; maximum: 120}; tags: {type: "array"; uniqueItems: True}}; additionalProperties: False}
$r:=JSON Validate({age: 130.5; tags: ["a"; "a"]; other: 1}; $schema)
ALERT(String($r.success))  // expect: False
ALERT(String($r.errors.length))  // expect: 6
ALERT(String($r.errors[0].code)+" "+$r.errors[0].message)  // expect: 16 The required property "name" is missing.
ALERT(String($r.errors[1].code))  // expect: 16
ALERT(String($r.errors[2].code)+" "+$r.errors[2].jsonPath+" "+$r.errors[2].schemaPaths)  // expect: 20 $.age #/properties/age/type
ALERT(String($r.errors[3].code)+" "+$r.errors[3].message)  // expect: 3 The value provided should not be greater than specified in the schema ("120").
ALERT(String($r.errors[4].code)+" "+$r.errors[4].jsonPath)  // expect: 13 $.tags[1]
ALERT(String($r.errors[5].code)+" "+$r.errors[5].message)  // expect: 17 No additional properties allowed by the schema. The property(ies) other should be removed.
