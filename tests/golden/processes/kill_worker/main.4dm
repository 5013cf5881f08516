// KILL WORKER drops the pending messages; the worker ends after its current
// one. A later CALL WORKER starts a new process (once the old one has ended)
// whose process variables start empty.
var $gate : Object
var $first; $second : Integer
var $entered; $done : 4D.Signal
$gate:=New shared object
$entered:=New signal
Use ($gate)
	CALL WORKER("temp"; Formula(note:="kept by the first worker"))
	CALL WORKER("temp"; "hold"; $gate; $entered)
	CALL WORKER("temp"; Formula(ALERT("dropped message")))
	$entered.wait(5)
	$first:=Process number("temp")
	KILL WORKER("temp")
	CALL WORKER("temp"; "report")
End use
$done:=New signal
CALL WORKER("temp"; Formula($1.trigger()); $done)
$done.wait(5)
$second:=Process number("temp")
ALERT("new process: "+String($second#$first))
// expect: holding: kept by the first worker
// expect: note defined: False
// expect: new process: True
