// OB Get converts the value to the type passed as third parameter
var $o : Object
$o:={n: 42.6; s: "12.5"; t: 3661; iso: "2022-05-06"; b: 0}
ALERT(String(OB Get($o; "n"; Is longint)))  // expect: 43
ALERT(String(OB Get($o; "s"; Is real)))  // expect: 12.5
ALERT(OB Get($o; "n"; Is text))  // expect: 42.6
ALERT(String(OB Get($o; "t"; Is time)))  // expect: 01:01:01
ALERT(String(Value type(OB Get($o; "t"; Is time))))  // expect: 11
ALERT(String(OB Get($o; "iso"; Is date)))  // expect: 05/06/2022
ALERT(String(OB Get($o; "b"; Is Boolean)))  // expect: False
ALERT(String(Value type(OB Get($o; "n"; Is null))))  // expect: 255
ALERT(String(Value type(OB Get($o; "n"; Is object))))  // expect: 255
