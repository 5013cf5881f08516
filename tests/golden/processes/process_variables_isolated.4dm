// Each process has its own process variables: a worker's assignment is not
// seen by the main process nor by another worker, and the other way round.
var $done : 4D.Signal
var $report : Collection
$report:=New shared collection
label:="set by main"
CALL WORKER("left"; Formula(label:="set by left"))
CALL WORKER("right"; Formula($1.push("right sees defined: "+String(Not(Undefined(label))))); $report)
$done:=New signal
CALL WORKER("right"; Formula($1.trigger()); $done)
$done.wait(5)
$done:=New signal
CALL WORKER("left"; Formula($1.push("left sees "+label)); $report)
CALL WORKER("left"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT($report.join("\n"))
ALERT("main sees "+label)
// expect: right sees defined: False
// expect: left sees set by left
// expect: main sees set by main
