// An unknown character set sets OK to 0 and gives an empty text
var $b : Blob
TEXT TO BLOB("x"; $b; UTF8 text without length)
ALERT("["+Convert to text($b; "no-such-set")+"] "+String(OK))  // expect: [] 0
ALERT(Convert to text($b; "UTF-8")+" "+String(OK))  // expect: x 1
