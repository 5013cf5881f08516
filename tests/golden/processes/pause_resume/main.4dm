// PAUSE PROCESS stops a process at its next wait until RESUME PROCESS; RESUME also ends a delay at once
var $p; $state; $a : Integer
Use (Storage)
	Storage.c:=New shared object("n"; 0; "stop"; False; "ticks"; 1)
End use
$p:=New process("ticker"; 0; "ticker")
DELAY PROCESS(Current process; 12)
PAUSE PROCESS($p)
DELAY PROCESS(Current process; 6)
$state:=Process state($p)
$a:=Storage.c.n
DELAY PROCESS(Current process; 30)
ALERT("paused: "+String($state)+" "+String(Storage.c.n=$a))  // expect: paused: 5 True
PAUSE PROCESS($p)  // already paused: nothing changes
RESUME PROCESS($p)
DELAY PROCESS(Current process; 30)
ALERT("resumed: "+String(Storage.c.n>$a))  // expect: resumed: True
// a delay of an hour, ended by RESUME PROCESS
Use (Storage.c)
	Storage.c.ticks:=216000
End use
DELAY PROCESS(Current process; 12)
$a:=Storage.c.n
ALERT("state: "+String(Process state($p)))  // expect: state: 1
RESUME PROCESS($p)
DELAY PROCESS(Current process; 12)
ALERT("delay ended: "+String(Storage.c.n=($a+1)))  // expect: delay ended: True
// the main process and processes that do not exist are left alone
PAUSE PROCESS(1)
PAUSE PROCESS(9999)
RESUME PROCESS(9999)
ALERT("main runs")  // expect: main runs
Use (Storage.c)
	Storage.c.stop:=True
End use
RESUME PROCESS($p)
