// ON ERR CALL is per process: the handler installed by the main process is
// not called for a worker's error, which is reported on stderr; a handler
// installed in the worker catches the worker's errors
var $zero : Integer
var $done : 4D.Signal
ON ERR CALL("catcher")
$done:=New signal
CALL WORKER("careless"; Formula(ALERT(String(1\$1))); $zero)
CALL WORKER("careless"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT(String(1\$zero))
$done:=New signal
CALL WORKER("careful"; Formula(ON ERR CALL("catcher")))
CALL WORKER("careful"; Formula(ALERT(String(1\$1))); $zero)
CALL WORKER("careful"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT("done")
// expect: caught in the main process
// expect: caught in careful
// expect: done
// expect stderr: [worker careless]
