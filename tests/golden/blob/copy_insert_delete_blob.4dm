// COPY BLOB, INSERT IN BLOB and DELETE FROM BLOB
var $src; $dst : Blob
TEXT TO BLOB("Hello world"; $src; UTF8 text without length)
COPY BLOB($src; $dst; 6; 0; 5)
ALERT(BLOB to text($dst; UTF8 text without length))  // expect: world
COPY BLOB($src; $dst; 0; 7; 5)  // the destination grows, zeros in between
ALERT(String(BLOB size($dst))+" "+BLOB to text($dst; UTF8 text without length; 7))  // expect: 12 Hello
INSERT IN BLOB($src; 5; 3; 0x2D)
ALERT(BLOB to text($src; UTF8 text without length))  // expect: Hello--- world
INSERT IN BLOB($src; 0; 1; 0x100+0x3E)  // filler modulo 256
ALERT(BLOB to text($src; UTF8 text without length))  // expect: >Hello--- world
DELETE FROM BLOB($src; 6; 3)
ALERT(BLOB to text($src; UTF8 text without length))  // expect: >Hello world
DELETE FROM BLOB($src; 6; 100)  // fewer bytes left than asked
ALERT(BLOB to text($src; UTF8 text without length)+" "+String(BLOB size($src)))  // expect: >Hello 6
Try
	COPY BLOB($src; $dst; 4; 0; 10)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -111
End try
Try
	DELETE FROM BLOB($src; 7; 1)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -111
End try
