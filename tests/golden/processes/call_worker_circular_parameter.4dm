// A parameter that contains itself cannot be copied to a worker
var $loop : Object
$loop:={name: "ring"}
$loop.next:=$loop
CALL WORKER("never"; Formula(ALERT("not reached")); $loop)
// expect runtime error: CALL WORKER: circular reference
