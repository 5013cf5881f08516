// 10,000 CALL WORKER round trips: each message is answered through a signal
// the caller waits for before sending the next one
var $i : Integer
var $reply : 4D.Signal
var $sum : Real
For ($i; 1; 10000)
	$reply:=New signal
	CALL WORKER("echo"; Formula(answer($1; $2)); $reply; $i)
	$reply.wait()
	$sum:=$sum+$reply.value
End for
