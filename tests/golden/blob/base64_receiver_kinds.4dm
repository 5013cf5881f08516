// A receiving variable passed directly: undefined or Text receives Text, a Blob receives a Blob
var $v : Variant
var $b : Blob
BASE64 DECODE("aGk="; $v)
ALERT(String(Value type($v))+" "+$v)  // expect: 2 hi
BASE64 DECODE("aGk="; $b)
ALERT(String(Value type($b))+" "+String(BLOB size($b)))  // expect: 30 2
BASE64 ENCODE($b; $v)
ALERT($v)  // expect: aGk=
BASE64 ENCODE($b; *)
ALERT(Convert to text($b; "US-ASCII"))  // expect: aGk
