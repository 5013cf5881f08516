// 4D.Blob.new makes an empty 4D.Blob or a copy of a blob's bytes
var $b : Blob
var $x; $y : 4D.Blob
$x:=4D.Blob.new()
ALERT(String($x.size))  // expect: 0
SET BLOB SIZE($b; 4; 7)
$y:=4D.Blob.new($b)
SET BLOB SIZE($b; 1)
ALERT(String($y.size)+" "+String(BLOB size($b)))  // expect: 4 1
ALERT(String(OB Instance of($y; 4D.Blob)))  // expect: True
ALERT(String(Value type($y)))  // expect: 38
ALERT(String(4D.Blob.new($y).size))  // expect: 4
