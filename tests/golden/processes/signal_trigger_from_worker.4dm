// A worker triggers a signal the main process waits for
var $ready : 4D.Signal
$ready:=New signal
ALERT("before: "+String($ready.signaled))
CALL WORKER("signaller"; Formula($1.trigger()); $ready)
ALERT("wait returned "+String($ready.wait(5)))
ALERT("after: "+String($ready.signaled))
// expect: before: False
// expect: wait returned True
// expect: after: True
