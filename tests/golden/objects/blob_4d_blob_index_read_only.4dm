// The bytes of a 4D.Blob cannot be assigned
var $x : 4D.Blob
$x:=4D.Blob.new()
$x[0]:=1
// expect runtime error: The property "[0]" is read-only
