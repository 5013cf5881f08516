// A transaction belongs to its process: other processes see neither its changes nor its level
ds.Company.fromCollection([{name: "Kept"}])
START TRANSACTION
ds.Company.fromCollection([{name: "Uncommitted"}])
$signal:=New signal
CALL WORKER("counter"; "countInWorker"; $signal)
$signal.wait(10)
ALERT(String($signal.count)+" "+String($signal.level)+" "+String(ds.Company.getCount()))  // expect: 1 0 2
CANCEL TRANSACTION
ALERT(String(ds.Company.getCount()))  // expect: 1
// a worker's own transaction, left open when its process ends, is cancelled
$signal:=New signal
$p:=New process("openAndLeave"; 0; "leaver"; $signal)
$signal.wait(10)
DELAY PROCESS(Current process; 30)
ALERT(String(ds.Company.getCount()))  // expect: 1
