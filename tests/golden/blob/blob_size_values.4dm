// BLOB size reads scalar blobs and 4D.Blob objects; other values are errors
var $b : Blob
SET BLOB SIZE($b; 12)
ALERT(String(BLOB size($b)))  // expect: 12
ALERT(String(BLOB size(4D.Blob.new($b))))  // expect: 12
$n:=BLOB size("text")
// expect runtime error: Parameter 1 of BLOB size: Blob expected, got Text
