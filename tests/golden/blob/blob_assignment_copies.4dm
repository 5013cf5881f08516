// Assigning a blob copies its bytes: changing one variable leaves the other as it was
var $a; $b : Blob
SET BLOB SIZE($a; 3)
$b:=$a
SET BLOB SIZE($a; 5)
ALERT(String(BLOB size($a))+" "+String(BLOB size($b)))  // expect: 5 3
$untyped:=$a
SET BLOB SIZE($untyped; 1)
ALERT(String(BLOB size($a))+" "+String(BLOB size($untyped)))  // expect: 5 1
