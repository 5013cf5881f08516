// wait() with a timeout returns False when nobody triggers the signal in time
var $never : 4D.Signal
var $start : Integer
$never:=New signal
$start:=Milliseconds
ALERT("wait returned "+String($never.wait(0.2)))
ALERT("waited long enough: "+String((Milliseconds-$start)>=150))
ALERT("signaled: "+String($never.signaled))
// expect: wait returned False
// expect: waited long enough: True
// expect: signaled: False
