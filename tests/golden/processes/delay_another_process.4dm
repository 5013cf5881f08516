// DELAY PROCESS on another process pauses it before its next message
var $ready; $done : 4D.Signal
var $start : Real
$ready:=New signal
$done:=New signal
CALL WORKER("sleeper"; Formula(ALERT("first")))
CALL WORKER("sleeper"; Formula($1.trigger()); $ready)
$ready.wait(10)
$start:=Milliseconds
DELAY PROCESS(Process number("sleeper"); 30)
CALL WORKER("sleeper"; Formula($1.trigger()); $done)
$done.wait(10)
ALERT(String((Milliseconds-$start)>=400))
// expect: first
// expect: True
