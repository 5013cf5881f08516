// OB GET PROPERTY NAMES: the names of an object's properties and the types of their values
$pet:={name: "Rex"; age: 3; tags: ["good"]; owner: Null; vet: {}}
OB GET PROPERTY NAMES($pet;$names;$types)
ALERT(JSON Stringify array($names))  // expect: ["name","age","tags","owner","vet"]
ALERT(JSON Stringify array($types))  // expect: [2,1,42,255,38]
ALERT(String(Type($types)=LongInt array))  // expect: True
ARRAY TEXT(atKeys;4)
OB GET PROPERTY NAMES({};atKeys)
ALERT(String(Size of array(atKeys)))  // expect: 0
ARRAY OBJECT($kids;1)
$kids{1}:={first: True}
OB GET PROPERTY NAMES($kids{1};atKeys)
ALERT(atKeys{1})  // expect: first
