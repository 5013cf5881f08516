// A parameter that refers back to itself reaches the worker as a copy of the same shape
var $runner : Object
var $done : 4D.Signal
$done:=New signal
$runner:={name: "runner"; suites: []}
$runner.suites.push({name: "suite"; runner: $runner})
$runner.suites.push($runner.suites[0])
CALL WORKER("cycles"; "inspect"; $runner; $done)
ALERT(String($done.wait(5)))  // expect: True
ALERT($done.report)  // expect: runner True True False
