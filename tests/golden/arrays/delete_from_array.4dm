// DELETE FROM ARRAY removes elements from a position; nothing happens outside the array
ARRAY TEXT($letters;5)
For ($i;1;5)
	$letters{$i}:=Char(64+$i)
End for
DELETE FROM ARRAY($letters;2)
ALERT(JSON Stringify array($letters))  // expect: ["A","C","D","E"]
DELETE FROM ARRAY($letters;2;2)
ALERT(JSON Stringify array($letters))  // expect: ["A","E"]
DELETE FROM ARRAY($letters;2;10)
ALERT(JSON Stringify array($letters))  // expect: ["A"]
DELETE FROM ARRAY($letters;5)
DELETE FROM ARRAY($letters;0)
ALERT(JSON Stringify array($letters))  // expect: ["A"]
$letters:=1
DELETE FROM ARRAY($letters;1)
ALERT(String(Size of array($letters))+" "+String($letters+0))  // expect: 0 0
DELETE FROM ARRAY($letters;1)
ALERT(String(Size of array($letters)))  // expect: 0
