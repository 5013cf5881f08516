// DELAY PROCESS on another process pauses it before its next message
var $done : 4D.Signal
var $start : Real
$done:=New signal
CALL WORKER("sleeper"; Formula(ALERT("first")))
CALL WORKER("sleeper"; Formula(DELAY PROCESS(Current process; 1)))
DELAY PROCESS(Current process; 6)
$start:=Milliseconds
DELAY PROCESS(Process number("sleeper"); 30)
CALL WORKER("sleeper"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT(String((Milliseconds-$start)>=400))
// expect: first
// expect: True
