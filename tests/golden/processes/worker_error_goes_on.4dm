// An error in a worker's message is reported on stderr with the worker's
// name; the worker goes on with its next message and the exit code stays 0
var $zero : Integer
CALL WORKER("fragile"; Formula(ALERT(String(1\$1))); $zero)
CALL WORKER("fragile"; Formula(ALERT("next message runs in "+Current process name)))
// expect: next message runs in fragile
// expect stderr: [worker fragile]
// expect stderr: Division by zero
