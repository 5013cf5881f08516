// A byte order mark overrides the Unicode set given to Convert to text
var $b : Blob
CONVERT FROM TEXT("hi"; "UTF-16BE"; $b)
var $marked : Blob
SET BLOB SIZE($marked; 2; 0xFE)
SET BLOB SIZE($marked; 1)
SET BLOB SIZE($marked; 2; 0xFF)
ALERT(String(BLOB size($marked)))  // expect: 2
TEXT TO BLOB(Convert to text($b; "ISO-8859-1"); $marked; Mac text without length; *)
ALERT(Convert to text($marked; "UTF-16LE"))  // expect: hi
