// Writing a property of a signal needs Use...End use, like any shared object
var $sig : 4D.Signal
$sig:=New signal
$sig.result:="too early"
// expect runtime error: A shared object can only be modified inside Use...End use
