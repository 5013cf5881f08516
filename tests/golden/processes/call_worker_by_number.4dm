// CALL WORKER accepts a process number; the main process is worker number 1;
// an unknown number does nothing
var $number : Integer
CALL WORKER("numbered"; Formula(ALERT("started as "+Current process name)))
$number:=Process number("numbered")
CALL WORKER($number; Formula(ALERT("called by number "+String($1=Current process))); $number)
CALL WORKER(9999; Formula(ALERT("never runs")))
CALL WORKER("numbered"; Formula(CALL WORKER(1; Formula(ALERT("back in process "+String(Current process))))))
// expect: started as numbered
// expect: called by number True
// expect: back in process 1
