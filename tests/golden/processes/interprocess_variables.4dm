// Interprocess variables (<>name) are the same in every process
var $done : 4D.Signal
<>trail:="main"
CALL WORKER("first"; Formula(<>trail:=<>trail+" > first"))
$done:=New signal
CALL WORKER("first"; Formula($1.trigger()); $done)
$done.wait(5)
CALL WORKER("second"; Formula(<>trail:=<>trail+" > second"))
$done:=New signal
CALL WORKER("second"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT(<>trail)
// expect: main > first > second
