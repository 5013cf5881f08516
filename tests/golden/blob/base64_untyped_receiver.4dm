// Through an explicit pointer, a variable holding nothing yet receives Text; one holding a Blob receives a Blob
var $v : Variant
var $b : Blob
BASE64 DECODE("aGk="; ->$v)
ALERT(String(Value type($v))+" "+$v)  // expect: 2 hi
BASE64 DECODE("aGk="; ->$b)
ALERT(String(Value type($b))+" "+String(BLOB size($b)))  // expect: 30 2
