// New process runs a method with parameters in a new process, which ends
// when the method returns; objects are copied, shared objects are shared
var $box; $plain : Object
var $number; $tries : Integer
var $done : 4D.Signal
$plain:=New object("n"; 1)
$box:=New shared object
$done:=New signal
$number:=New process("child"; 0; "kid"; "hello"; $plain; $box; $done)
ALERT("started: "+String($number>1))  // expect: started: True
ALERT(String($done.wait(5)))  // expect: True
ALERT($box.report)  // expect: hello in kid, number matches: True
ALERT("plain "+String($plain.n))  // expect: plain 1
// a process made by New process has no mailbox: CALL WORKER ignores it
CALL WORKER($number; Formula(ALERT("never runs")))
While ((Process number("kid")#0) & ($tries<300))
	DELAY PROCESS(Current process; 1)
	$tries:=$tries+1
End while
ALERT("ended: "+String(Process number("kid")=0))  // expect: ended: True
