// A scalar blob given to New object or OB SET is stored as a 4D.Blob
var $b : Blob
var $o : Object
TEXT TO BLOB("abc"; $b; UTF8 text without length)
$o:=New object("data"; $b)
OB SET($o; "again"; $b)
ALERT(String(OB Instance of($o.data; 4D.Blob)))  // expect: True
ALERT(String(Value type($o.again)))  // expect: 38
ALERT(String($o.data.size))  // expect: 3
