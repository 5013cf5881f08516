// Commands that change a blob also work through a pointer
var $b : Blob
var $p : Pointer
$p:=->$b
SET BLOB SIZE($p; 6; 0x7A)
ALERT(Convert to text($b; "UTF-8"))  // expect: zzzzzz
SET BLOB SIZE(->$b; 2)
ALERT(Convert to text($b; "UTF-8"))  // expect: zz
