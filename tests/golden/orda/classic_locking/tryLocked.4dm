#DECLARE($report : Object)
// In another process: the record the main process holds is loaded read-only
READ WRITE([Company])
QUERY([Company]; [Company]name="Acme")
$locked:=Locked([Company])
LOCKED BY([Company]; $process; $user; $sessionUser; $processName)
[Company]name:="Changed"
SAVE RECORD([Company])  // ignored while another process holds the record
$saved:=ds.Company.get(1).name
ALL RECORDS([Company])
$before:=Records in table([Company])
QUERY([Company]; [Company]name="Beta")
DELETE SELECTION([Company])  // Beta goes (the first time)
ALL RECORDS([Company])
DELETE SELECTION([Company])  // a held record stays, in LockedSet
$left:=Records in table([Company])
Use ($report)
	$report.text:="locked="+String($locked)+" by="+$processName+" saved="+$saved+" deleted="+String($before-$left)+" lockedSet="+String(Records in set("LockedSet"))
	$report.done:=True
End use
