// JSON Parse infers the type: numbers Real, texts, Booleans, null, objects, collections
ALERT(String(JSON Parse("17.25")+1))  // expect: 18.25
ALERT(String(Value type(JSON Parse("5"))))  // expect: 1
ALERT(JSON Parse("\"plain\""))  // expect: plain
ALERT(String(JSON Parse("false")))  // expect: False
ALERT(String(Value type(JSON Parse("null"))))  // expect: 255
var $o : Object
$o:=JSON Parse(" { \"k\" : [ 1 , { \"in\" : \"\\u00e9\\n\" } ] } ")
ALERT(String($o.k[0]))  // expect: 1
ALERT(String(Length($o.k[1].in)))  // expect: 2
ALERT(String(Value type(JSON Parse("[]"))))  // expect: 42
