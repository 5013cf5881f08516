// A process variable declared with a type starts at its default in every process
var counter : Integer
counter:=5
var $done : 4D.Signal
$done:=New signal
CALL WORKER("counting"; Formula(counter:=counter+1))
CALL WORKER("counting"; Formula(ALERT("worker: "+String(counter))))
CALL WORKER("counting"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT("main: "+String(counter))
// expect: worker: 1
// expect: main: 5
