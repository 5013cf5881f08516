// 4D.Blob.new takes a blob or nothing
var $x : 4D.Blob
$x:=4D.Blob.new("text")
// expect runtime error: Parameter 1 of 4D.Blob.new: Blob expected, got Text
