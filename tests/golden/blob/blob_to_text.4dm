// BLOB to text reads the formats written by TEXT TO BLOB, advancing an offset given as a pointer
var $b : Blob
var $pos : Real
TEXT TO BLOB("one"; $b; UTF8 text with length)
TEXT TO BLOB("två"; $b; UTF8 C string; *)
TEXT TO BLOB("Zoë"; $b; Mac Pascal string; *)
TEXT TO BLOB("ñandú"; $b; UTF8 text without length; *)
$pos:=0
ALERT(BLOB to text($b; UTF8 text with length; ->$pos)+" "+String($pos))  // expect: one 7
ALERT(BLOB to text($b; UTF8 C string; ->$pos)+" "+String($pos))  // expect: två 12
ALERT(BLOB to text($b; Mac Pascal string; ->$pos)+" "+String($pos))  // expect: Zoë 16
ALERT(BLOB to text($b; UTF8 text without length; ->$pos; 3)+" "+String($pos))  // expect: ñan 20
ALERT(BLOB to text($b; UTF8 text with length))  // expect: one
