// DOCUMENT TO BLOB and BLOB TO DOCUMENT: whole documents, relative to the database folder
var $b; $back : Blob
TEXT TO BLOB("line 1"+Char(10)+"é"; $b; UTF8 text without length)
BLOB TO DOCUMENT("data.bin"; $b)
ALERT(String(OK)+" "+String(Test path name("data.bin")))  // expect: 1 1
DOCUMENT TO BLOB("data.bin"; $back)
ALERT(String(OK)+" "+String(BLOB size($back))+" "+String(BLOB to text($back; UTF8 text without length)=BLOB to text($b; UTF8 text without length)))  // expect: 1 9 True
Try
	DOCUMENT TO BLOB("missing.bin"; $back)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
