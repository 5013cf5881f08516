// TEXT TO BLOB writes the 7 text formats (Mac = Mac Roman, lengths big-endian)
var $b : Blob
TEXT TO BLOB("Noël"; $b)
ALERT(String(BLOB size($b)))  // expect: 5
TEXT TO BLOB("Noël"; $b; Mac Pascal string)
ALERT(String(BLOB size($b)))  // expect: 5
TEXT TO BLOB("Noël"; $b; Mac text with length)
ALERT(String(BLOB size($b)))  // expect: 6
TEXT TO BLOB("Noël"; $b; Mac text without length)
ALERT(String(BLOB size($b)))  // expect: 4
TEXT TO BLOB("Noël"; $b; UTF8 C string)
ALERT(String(BLOB size($b)))  // expect: 6
TEXT TO BLOB("Noël"; $b; UTF8 text with length)
ALERT(String(BLOB size($b)))  // expect: 9
ALERT(Convert to text($b; "UTF-8")=(Char(0)*3+Char(5)+"Noël"))  // expect: True
TEXT TO BLOB("Noël"; $b; UTF8 text without length)
ALERT(String(BLOB size($b)))  // expect: 5
