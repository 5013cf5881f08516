// SET BLOB SIZE changes a Blob variable in place, filling new bytes
var $b : Blob
ALERT(String(BLOB size($b)))  // expect: 0
SET BLOB SIZE($b; 3; 0x41)
ALERT(Convert to text($b; "US-ASCII"))  // expect: AAA
SET BLOB SIZE($b; 5)
ALERT(String(BLOB size($b))+" "+String(Character code(Convert to text($b; "US-ASCII")[[5]])))  // expect: 5 0
SET BLOB SIZE($b; 2)
ALERT(Convert to text($b; "US-ASCII"))  // expect: AA
