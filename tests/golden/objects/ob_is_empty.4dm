// OB Is empty: True for a Null object or one without properties
var $o : Object
ALERT(String(OB Is empty($o)))  // expect: True
$o:={a: 1}
ALERT(String(OB Is empty($o)))  // expect: False
OB REMOVE($o; "a")
ALERT(String(OB Is empty($o)))  // expect: True
ALERT(String(OB Is defined($o)))  // expect: True
