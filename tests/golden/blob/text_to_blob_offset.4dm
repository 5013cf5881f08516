// At an offset, TEXT TO BLOB overwrites bytes, grows the blob with zeros, and advances an offset given as a pointer
var $b : Blob
var $at : Integer
TEXT TO BLOB("abcdef"; $b; UTF8 text without length)
TEXT TO BLOB("XY"; $b; UTF8 text without length; 2)
ALERT(Convert to text($b; "UTF-8"))  // expect: abXYef
$at:=8
TEXT TO BLOB("Z"; $b; UTF8 text without length; ->$at)
ALERT(String($at)+" "+String(BLOB size($b)))  // expect: 9 9
ALERT(String(Character code(Convert to text($b; "UTF-8")[[7]])))  // expect: 0
