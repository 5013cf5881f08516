// A 4D.Blob cannot be changed: its size is read-only and commands that modify blobs refuse it
var $x : 4D.Blob
$x:=4D.Blob.new()
SET BLOB SIZE($x; 10)
// expect runtime error: Parameter 1 of SET BLOB SIZE: a 4D.Blob cannot be modified
