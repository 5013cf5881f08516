// Blobs have no JSON form: run4d writes them as "[object Blob]", like pictures
var $b : Blob
ALERT(JSON Stringify(New object("b"; $b)))  // expect: {"b":"[object Blob]"}
ALERT(JSON Stringify(4D.Blob.new()))  // expect: "[object Blob]"
ALERT(JSON Stringify($b))  // expect: "[object Blob]"
ALERT(JSON Stringify($b))  // expect: "[object Blob]"
