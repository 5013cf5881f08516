// PROCESS PROPERTIES: name, state, time, mode bits, unique number and origin of a process
var $name : Text
var $state; $time; $mode; $id; $origin : Integer
var $visible : Boolean
PROCESS PROPERTIES(Current process; $name; $state; $time; $mode; $id; $origin)
ALERT($name+" "+String($state)+" "+String($time>=0)+" "+String($mode)+" "+String($id=Current process)+" "+String($origin))  // expect: Main 0 True 1 True -1
PROCESS PROPERTIES(Current process; $name; $state; $time; $visible)
ALERT(String($visible))  // expect: True
// a number no process has leaves the variables unchanged
$name:="unchanged"
PROCESS PROPERTIES(9999; $name; $state; $time)
ALERT($name)  // expect: unchanged
