// A signal is a shared object: a worker writes results on it inside Use,
// the waiting process reads them back
var $job : 4D.Signal
$job:=New signal("sum job")
CALL WORKER("adder"; "add_up"; $job; New collection(4; 5; 6))
If ($job.wait(5))
	ALERT("sum "+String($job.sum)+", count "+String($job.details.count))
End if
ALERT(JSON Stringify($job))
// expect: sum 15, count 3
// expect: {"signaled":true,"description":"sum job","sum":15,"details":{"count":3}}
