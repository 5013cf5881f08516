// KILL WORKER without a parameter ends the current worker; a message it then
// sends to itself is ignored, and the killed worker's pending messages are dropped
var $gate : Object
$gate:=New shared object
Use ($gate)
	CALL WORKER("quitter"; "quit_now"; $gate)
	CALL WORKER("quitter"; Formula(ALERT("pending message ran")))
End use
// expect: quitting
