// The text format must be one of the 7 BLOB constants
var $b : Blob
$t:=BLOB to text($b; 9)
// expect runtime error: BLOB to text: unknown text format 9 (0 to 6)
