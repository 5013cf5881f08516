// The seed page's pattern: a Formula captures a local and assigns a process
// variable in a worker; a later message to the same worker reads it back.
var $handler : Object
var $done : 4D.Signal
$handler:=New object("name"; "handler one")
CALL WORKER("keeper"; Formula(kept:=$handler))
$handler:=New object("name"; "changed after the call")
$done:=New signal
CALL WORKER("keeper"; Formula(ALERT(kept.name+" in "+Current process name)))
CALL WORKER("keeper"; Formula($1.trigger()); $done)
ALERT(String($done.wait(5)))
ALERT("kept is "+String(Undefined(kept))+" in the main process")
// expect: handler one in keeper
// expect: True
// expect: kept is True in the main process
