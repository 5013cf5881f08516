// A 4D.Blob read from an object property cannot be changed by a command
var $b : Blob
var $o : Object
SET BLOB SIZE($b; 2)
$o:={data: $b}
BASE64 ENCODE($o.data)
// expect runtime error: Parameter 1 of BASE64 ENCODE: a 4D.Blob cannot be modified
