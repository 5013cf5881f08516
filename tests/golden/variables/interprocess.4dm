// Interprocess variables (<>) are shared by every process
var $s : 4D.Signal
<>shared:="set in main"
$s:=New signal
CALL WORKER("reader"; Formula(ALERT("worker sees: "+<>shared)))
CALL WORKER("reader"; Formula(<>shared:="set in worker"))
CALL WORKER("reader"; Formula($1.trigger()); $s)
$s.wait(5)
ALERT(<>shared)
// expect: worker sees: set in main
// expect: set in worker
