// New process with * starts nothing when a process of that name runs: it
// returns the number of the running one
var $gate : 4D.Signal
var $first; $again; $other : Integer
$gate:=New signal
$first:=New process("sleeper"; 0; "solo"; $gate; *)
$again:=New process("sleeper"; 0; "solo"; $gate; *)
$other:=New process("sleeper"; 0; "solo"; $gate)
ALERT("same process: "+String($again=$first))  // expect: same process: True
ALERT("without *: "+String($other#$first))  // expect: without *: True
$gate.trigger()
