// TEXT TO BLOB advances an offset variable passed directly; a pointer variable is followed too
var $b : Blob
var $at : Integer
var $p : Pointer
TEXT TO BLOB("ab"; $b; UTF8 text without length; $at)
TEXT TO BLOB("cd"; $b; UTF8 text without length; $at)
ALERT(Convert to text($b; "UTF-8")+" "+String($at))  // expect: abcd 4
$p:=->$at
TEXT TO BLOB("e"; $b; UTF8 C string; $p)
ALERT(String($at)+" "+String(BLOB size($b)))  // expect: 6 6
ALERT(BLOB to text($b; UTF8 text without length; 1; 3))  // expect: bcd
