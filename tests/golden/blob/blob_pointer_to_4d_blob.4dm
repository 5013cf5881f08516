// A 4D.Blob cannot be changed through an explicit pointer either
var $x : 4D.Blob
$x:=4D.Blob.new()
TEXT TO BLOB("abc"; ->$x)
// expect runtime error: Parameter 2 of TEXT TO BLOB: a 4D.Blob cannot be modified
