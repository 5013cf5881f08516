// An array element is a variable: commands that write into a variable write into the element
ARRAY OBJECT($people;2)
OB SET($people{2};"name";"Ida")
ALERT(JSON Stringify array($people))  // expect: [null,{"name":"Ida"}]
ARRAY BLOB($blobs;1)
SET BLOB SIZE($blobs{1};3;65)
ALERT(Convert to text($blobs{1};"UTF-8"))  // expect: AAA
ARRAY TEXT(atRows;2;0)
ARRAY TEXT(atRows{2};2)
ALERT(String(Size of array(atRows{2}))+" "+String(Size of array(atRows{1})))  // expect: 2 0
ARRAY LONGINT($pos;1)
$found:=Position("b";"abc";1;$pos{1})
ALERT(String($found)+" "+String($pos{1}))  // expect: 2 1
