// GET and SET PROCESS VARIABLE read and write another process's arrays and array elements
var $n : Integer
<>ready:=False
$other:=New process("publisher";0;"publisher")
While (Not(<>ready) & ($n<500))
	DELAY PROCESS(Current process;1)
	$n:=$n+1
End while
GET PROCESS VARIABLE($other;atShown;$copy)
ALERT(JSON Stringify array($copy))  // expect: ["north","south"]
ARRAY TEXT($held;5)
$p:=->$held
GET PROCESS VARIABLE($other;atShown;$held)
ALERT(JSON Stringify array($p->))  // expect: ["north","south"]
GET PROCESS VARIABLE($other;atShown{2};$one)
ALERT($one)  // expect: south
SET PROCESS VARIABLE($other;atShown{1};"east")
SET PROCESS VARIABLE($other;vStop;True)
