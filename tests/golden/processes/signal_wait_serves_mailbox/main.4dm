// While the main process waits on a signal, messages sent to it (worker 1)
// still run: here the message that triggers the signal
var $answer : 4D.Signal
$answer:=New signal
CALL WORKER("asker"; "ask_main"; $answer)
ALERT("wait returned "+String($answer.wait(5)))
// expect: callback runs in process 1
// expect: wait returned True
