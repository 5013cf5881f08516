// A message a worker posts to itself goes to the end of its mailbox: the
// messages already queued run first. The gate keeps the worker busy (Use
// blocks until End use) while the main process queues its messages.
var $gate : Object
$gate:=New shared object
Use ($gate)
	CALL WORKER("relay"; "pass_gate"; $gate)
	CALL WORKER("relay"; Formula(ALERT("queued second by the main process")))
	CALL WORKER("relay"; Formula(ALERT("queued third by the main process")))
End use
// expect: through the gate
// expect: queued second by the main process
// expect: queued third by the main process
// expect: posted by the worker to itself
