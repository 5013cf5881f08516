// Document errors: a missing document (-43, OK=0), a reference that is not open (-51)
Try
	var $ref:=Open document("missing.txt")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
$ref:=Create document("d.txt")
CLOSE DOCUMENT($ref)
Try
	CLOSE DOCUMENT($ref)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -51
End try
Try
	RECEIVE PACKET(?00:01:00?; $t; 1)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -51
End try
$ref:=Open document("d.txt"; Read mode)
Try
	SEND PACKET($ref; "x")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -61
End try
Try
	DELETE DOCUMENT("d.txt")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -47
End try
CLOSE DOCUMENT($ref)
$x:=Open document("d.txt"; Get pathname)
ALERT(String($x)+" "+String(Document=(Get 4D folder(Database folder)+"d.txt")))  // expect: 00:00:00 True
Try
	$ref:=Create document("")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10750
End try
