// CREATE SET FROM ARRAY, SAVE SET, LOAD SET
For ($i; 1; 5)
	CREATE RECORD([Company])
	[Company]name:="C"+String($i)
	SAVE RECORD([Company])
End for
// record numbers 0..4
ARRAY LONGINT($numbers; 2)
$numbers{1}:=3
$numbers{2}:=1
CREATE SET FROM ARRAY([Company]; $numbers; "two")
USE SET("two")
ORDER BY([Company]; [Company]name)
ALERT(String(Records in set("two"))+" "+[Company]name)  // expect: 2 C2
// a Boolean array: elements 0 to N-1 are records 0 to N-1
ARRAY BOOLEAN($flags; 3)
$flags{0}:=True
$flags{2}:=True
$flags{3}:=True
CREATE SET FROM ARRAY([Company]; $flags)
ALERT(String(Records in set("UserSet")))  // expect: 2
USE SET("UserSet")
ORDER BY([Company]; [Company]name; <)
ALERT([Company]name)  // expect: C3
// a record number that does not exist
$numbers{2}:=99
Try
	CREATE SET FROM ARRAY([Company]; $numbers; "bad")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10503
End try
// a set on disk, loaded under another name; records deleted since are left out
$doc:=Temporary folder+"run4d_golden_set.txt"
SAVE SET("two"; $doc)
ALERT(String(OK))  // expect: 1
QUERY([Company]; [Company]name="C4")
DELETE RECORD([Company])
LOAD SET([Company]; "again"; $doc)
ALERT(String(OK)+" "+String(Records in set("again")))  // expect: 1 1
DEFAULT TABLE([Company])
LOAD SET("again2"; $doc)
ALERT(String(Records in set("again2")))  // expect: 1
// of another table: an error, OK = 0
Try
	LOAD SET([Employee]; "wrong"; $doc)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10826 0
End try
// a missing document
Try
	LOAD SET([Company]; "none"; $doc+".missing")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
// an empty name would open a dialog: OK = 0
SAVE SET("two"; "")
ALERT(String(OK))  // expect: 0
DELETE DOCUMENT($doc)
