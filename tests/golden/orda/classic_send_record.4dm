// SEND RECORD / RECEIVE RECORD through the channel: a copy with a new generated key
CREATE RECORD([Employee])
[Employee]firstName:="Ada"
[Employee]lastName:="Byron"
[Employee]salary:=1200
[Employee]birthDate:=!1815-12-10!
[Employee]extra:=New object("lang"; "en")
SAVE RECORD([Employee])
$first:=[Employee]ID
$doc:=Temporary folder+"run4d_golden_record.bin"
SET CHANNEL(12; $doc)
SEND RECORD([Employee])
SEND VARIABLE($first)
SET CHANNEL(11)
UNLOAD RECORD([Employee])
SET CHANNEL(10; $doc)
RECEIVE RECORD([Employee])
ALERT(String(OK)+" "+String(Is new record([Employee]))+" "+[Employee]lastName+" "+String([Employee]salary)+" "+String([Employee]birthDate=!1815-12-10!)+" "+[Employee]extra.lang)  // expect: 1 True Byron 1200 True en
SAVE RECORD([Employee])
ALERT(String(Records in table([Employee]))+" "+String([Employee]ID#$first))  // expect: 2 True
RECEIVE VARIABLE($id)
ALERT(String($id=$first))  // expect: True
// nothing more: OK = 0
RECEIVE RECORD([Employee])
ALERT(String(OK))  // expect: 0
SET CHANNEL(11)
// a record of another table
SET CHANNEL(10; $doc)
Try
	RECEIVE RECORD([Company])
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10718 0
End try
SET CHANNEL(11)
DELETE DOCUMENT($doc)
