// Record locking between processes: a record loaded READ WRITE is locked for the others
For each ($name; ["Acme"; "Beta"])
	CREATE RECORD([Company])
	[Company]name:=$name
	SAVE RECORD([Company])
End for each
READ WRITE([Company])
QUERY([Company]; [Company]name="Acme")  // loaded, and locked for the other processes
$report:=New shared object("done"; False)
CALL WORKER("other"; "tryLocked"; $report)
$start:=Milliseconds
Repeat
	DELAY PROCESS(Current process; 3)
Until ($report.done) | ((Milliseconds-$start)>30000)
ALERT($report.text)  // expect: locked=True by=Main saved=Acme deleted=1 lockedSet=1
UNLOAD RECORD([Company])  // the lock goes with the record
Use ($report)
	$report.done:=False
End use
CALL WORKER("other"; "tryLocked"; $report)
$start:=Milliseconds
Repeat
	DELAY PROCESS(Current process; 3)
Until ($report.done) | ((Milliseconds-$start)>30000)
ALERT($report.text)  // expect: locked=False by= saved=Changed deleted=1 lockedSet=0
ALERT(String(Records in table([Company])))  // expect: 0
KILL WORKER("other")
