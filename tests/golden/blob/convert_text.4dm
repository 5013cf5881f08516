// CONVERT FROM TEXT and Convert to text use character sets by name or MIBEnum
var $b : Blob
CONVERT FROM TEXT("Grüße"; "ISO-8859-1"; $b)
ALERT(String(BLOB size($b))+" "+String(OK))  // expect: 5 1
ALERT(Convert to text($b; 4))  // expect: Grüße
CONVERT FROM TEXT("Grüße"; 106; $b)
ALERT(String(BLOB size($b)))  // expect: 7
ALERT(Convert to text($b; "utf-8"))  // expect: Grüße
CONVERT FROM TEXT("ab"; "UTF-16BE"; $b)
ALERT(String(BLOB size($b)))  // expect: 4
ALERT(Convert to text($b; "UTF-16BE"))  // expect: ab
