// A shared copy cannot keep a pointer: resolve it with ck resolve pointers
var $v : Text
var $o; $s : Object
$v:="value"
$o:=New object("p"; ->$v)
$s:=OB Copy($o; ck shared+ck resolve pointers)
ALERT($s.p)  // expect: value
$s:=OB Copy($o; ck shared)
// expect runtime error: Not supported value type in a shared object or collection
