// .signaled is read-only: only trigger() sets it
var $sig : 4D.Signal
$sig:=New signal
$sig.signaled:=True
// expect runtime error: The property "signaled" is read-only
