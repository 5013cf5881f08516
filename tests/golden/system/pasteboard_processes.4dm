// One pasteboard for every process of the run: a worker's copy is the main process's paste
CLEAR PASTEBOARD
var $s:=New signal
CALL WORKER("copier"; Formula(SET TEXT TO PASTEBOARD("copied in a worker")); $s)
CALL WORKER("copier"; Formula($1.trigger()); $s)
$s.wait(10)
ALERT(Get text from pasteboard)  // expect: copied in a worker
