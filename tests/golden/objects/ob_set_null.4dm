// OB SET NULL stores null, creating the property when missing
var $o : Object
$o:={age: 4}
OB SET NULL($o; "age")
OB SET NULL($o; "name")
ALERT(JSON Stringify($o))  // expect: {"age":null,"name":null}
ALERT(String(OB Is defined($o; "name")))  // expect: True
