// SEND PACKET of a Blob writes its bytes; USE CHARACTER SET changes how texts are written and read
var $ref:=Create document("bytes.bin")
var $blob : Blob
TEXT TO BLOB("AB"; $blob; UTF8 text without length)
SEND PACKET($ref; $blob)
USE CHARACTER SET("ISO-8859-1"; 0)
SEND PACKET($ref; "é")
SET DOCUMENT SIZE($ref; 3)
CLOSE DOCUMENT($ref)
ALERT(String(Get document size("bytes.bin")))  // expect: 3
$ref:=Open document("bytes.bin")
var $in : Blob
RECEIVE PACKET($ref; $in; 2)
ALERT(String(BLOB size($in))+" "+Convert to text($in; "UTF-8"))  // expect: 2 AB
USE CHARACTER SET("ISO-8859-1"; 1)
var $t : Text
RECEIVE PACKET($ref; $t; 1)
ALERT($t)  // expect: é
CLOSE DOCUMENT($ref)
