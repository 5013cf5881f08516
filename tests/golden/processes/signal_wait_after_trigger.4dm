// wait() on a signal already triggered returns True at once; a second
// trigger() changes nothing
var $sig : 4D.Signal
var $start : Integer
$sig:=New signal
$sig.trigger()
$sig.trigger()
$start:=Milliseconds
ALERT("wait returned "+String($sig.wait()))
ALERT("with a timeout: "+String($sig.wait(30)))
ALERT("at once: "+String((Milliseconds-$start)<1000))
// expect: wait returned True
// expect: with a timeout: True
// expect: at once: True
