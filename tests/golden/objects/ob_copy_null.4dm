// OB Copy of a Null object or of a built-in object is Null; of a collection an error (use .copy())
var $o : Object
ALERT(String(OB Copy($o)=Null))  // expect: True
ALERT(String(OB Copy(4D.Blob.new())=Null))  // expect: True
$o:=OB Copy([1])
// expect runtime error: Parameter 1 of OB Copy: Object expected, got Collection
