// OB Get refuses a type constant it does not convert to
var $o : Object
$o:={n: 1}
$v:=OB Get($o; "n"; Is BLOB)
// expect runtime error: Parameter 3 of OB Get: unsupported type 30
