// With *, BASE64 ENCODE and DECODE use Base64URL (no padding)
var $b : Blob
var $t : Text
SET BLOB SIZE($b; 1; 251)
SET BLOB SIZE($b; 2; 255)
SET BLOB SIZE($b; 3; 190)
BASE64 ENCODE($b; ->$t; *)
ALERT($t)  // expect: -_--
BASE64 ENCODE($b; ->$t)
ALERT($t)  // expect: +/++
var $back : Blob
BASE64 DECODE("-_--"; $back; *)
ALERT(String(BLOB size($back)))  // expect: 3
