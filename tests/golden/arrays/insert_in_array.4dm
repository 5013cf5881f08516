// INSERT IN ARRAY inserts empty elements before a position (at the end past it)
ARRAY LONGINT($n;3)
$n{1}:=10
$n{2}:=20
$n{3}:=30
INSERT IN ARRAY($n;2)
ALERT(JSON Stringify array($n))  // expect: [10,0,20,30]
INSERT IN ARRAY($n;1;2)
ALERT(JSON Stringify array($n))  // expect: [0,0,10,0,20,30]
INSERT IN ARRAY($n;99)
ALERT(JSON Stringify array($n))  // expect: [0,0,10,0,20,30,0]
INSERT IN ARRAY($n;2;0)
INSERT IN ARRAY($n;0)
ALERT(String(Size of array($n)))  // expect: 7
ARRAY TEXT($empty;0)
INSERT IN ARRAY($empty;1;3)
ALERT(JSON Stringify array($empty))  // expect: ["","",""]
ARRAY BLOB($blobs;1)
INSERT IN ARRAY($blobs;1;2)
SET BLOB SIZE($blobs{1};4)
ALERT(String(BLOB size($blobs{1}))+String(BLOB size($blobs{2})))  // expect: 40
