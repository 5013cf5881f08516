// SET CHANNEL on a document: SEND/RECEIVE VARIABLE and PACKET in run4d's own format
$doc:=Temporary folder+"run4d_golden_channel.bin"
If (Test path name($doc)=Is a document)
	DELETE DOCUMENT($doc)
End if
SET CHANNEL(10; $doc)
ALERT(String(OK)+" "+String(Document=$doc))  // expect: 1 True
ARRAY TEXT($names; 2)
$names{1}:="a"
$names{2}:="b"
$when:=!2024-02-29!
SEND VARIABLE($names)
SEND VARIABLE($when)
SEND VARIABLE(New object("n"; 1))
SEND PACKET("tail line"+Char(13))
SET CHANNEL(11)
// read back in order
SET CHANNEL(10; $doc)
ARRAY TEXT($back; 0)
RECEIVE VARIABLE($back)
RECEIVE VARIABLE($d)
RECEIVE VARIABLE($o)
ALERT(String(Size of array($back))+" "+$back{2}+" "+String($d)+" "+JSON Stringify($o))  // expect: 2 b 02/29/2024 {"n":1}
RECEIVE PACKET($line; Char(13))
ALERT($line)  // expect: tail line
RECEIVE VARIABLE($none)
ALERT(String(OK))  // expect: 0
SET CHANNEL(11)
// 12 creates (empties) the document; "" would show a dialog
SET CHANNEL(12; $doc)
SET CHANNEL(11)
ALERT(String(Get document size($doc)))  // expect: 0
SET CHANNEL(10; "")
ALERT(String(OK))  // expect: 0
// without a channel
Try
	SEND VARIABLE($d)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -38
End try
DELETE DOCUMENT($doc)
