// OB Is defined: an initialised object, or an existing property (even Null)
var $o : Object
ALERT(String(OB Is defined($o)))  // expect: False
$o:={}
ALERT(String(OB Is defined($o)))  // expect: True
$o.p:=Null
ALERT(String(OB Is defined($o; "p")))  // expect: True
ALERT(String(OB Is defined($o; "q")))  // expect: False
ALERT(String(OB Is defined($o; "P")))  // expect: False
