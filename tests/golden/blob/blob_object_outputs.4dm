// Commands that make a new blob accept a 4D.Blob variable (dt_blob.md: both kinds of blob can be passed to commands)
var $decoded : 4D.Blob
BASE64 DECODE("eyJhIjogMX0="; $decoded)
ALERT(BLOB to text($decoded; UTF8 text without length)+" "+String(OB Instance of($decoded; 4D.Blob)))  // expect: {"a": 1} True
var $scalar : Blob
BASE64 DECODE("aGk="; $scalar)
ALERT(String(Value type($scalar))+" "+String(BLOB size($scalar)))  // expect: 30 2
var $doc : 4D.Blob
TEXT TO DOCUMENT("note.txt"; "abc")
DOCUMENT TO BLOB("note.txt"; $doc)
ALERT(String($doc.size))  // expect: 3
var $converted : 4D.Blob
CONVERT FROM TEXT("é"; "UTF-8"; $converted)
ALERT(String($converted.size))  // expect: 2
// the commands that alter a blob in place do not take a 4D.Blob (dt_blob.md's list)
Try
	SET BLOB SIZE($decoded; 3)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10702
End try
