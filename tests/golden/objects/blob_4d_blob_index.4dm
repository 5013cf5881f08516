// $blob[i] reads the byte at index i of a 4D.Blob (0-based)
var $b : Blob
var $x : 4D.Blob
TEXT TO BLOB("AZ"; $b; UTF8 text without length)
$x:=4D.Blob.new($b)
ALERT(String($x[0])+" "+String($x[1]))  // expect: 65 90
ALERT(String(Value type($x[1])))  // expect: 1
$n:=$x[2]
// expect runtime error: Blob index 2 is out of range (the size is 2)
