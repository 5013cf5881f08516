// Process info / Process state / Process activity over run4d's processes
var $me:=Process info(Current process)
ALERT($me.name+" "+String($me.number=Current process)+" "+String($me.type)+" "+String($me.state)+" "+String($me.preemptive))  // expect: Main True -1 0 False
ALERT(String(Length($me.sessionID))+" "+String($me.cpuTime>=0)+" "+String($me.cpuUsage<=1)+" "+Substring($me.creationDateTime; 5; 1)+Substring($me.creationDateTime; 24))  // expect: 32 True True -Z
ALERT(String(Process info(9999)=Null)+" "+String(Process state(9999))+" "+String(Process state(9999)=Does not exist))  // expect: True -100 True
CALL WORKER("helper"; Formula(0))
DELAY PROCESS(Current process; 5)
var $n:=Process number("helper")
ALERT(String(Process info($n).type=Worker process)+" "+String(Process state($n)=Waiting for internal flag))  // expect: True True
ALERT(String(Process state("helper")=Waiting for internal flag)+" "+String(Process state(Current process)=Executing))  // expect: True True
var $act:=Process activity
ALERT(String($act.processes.length)+" "+String($act.sessions.length)+" "+$act.processes.map(Formula($1.value.name)).join(","))  // expect: 2 0 Main,helper
ALERT(JSON Stringify(OB Keys(Process activity(Processes only)))+" "+JSON Stringify(OB Keys(Get process activity(Sessions only))))  // expect: ["processes"] ["sessions"]
ALERT(String(Count tasks)+" "+String(Count user processes)+" "+String(Count users)+" "+String(Process aborted))  // expect: 2 2 1 False
KILL WORKER("helper")
