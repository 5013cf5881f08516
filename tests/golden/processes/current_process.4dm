// Current process, Current process name and Process number, in the main
// process and in a worker
var $done : 4D.Signal
ALERT("main is number "+String(Current process))
ALERT("found by name: "+String(Process number(Current process name)=Current process))
ALERT("unknown name: "+String(Process number("no such process")))
$done:=New signal
CALL WORKER("reporter"; Formula(ALERT(Current process name+" is not number 1: "+String(Current process#1)+", found by name: "+String(Process number("reporter")=Current process))))
CALL WORKER("reporter"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT("seen from main: "+String(Process number("reporter")>1))
// expect: main is number 1
// expect: found by name: True
// expect: unknown name: 0
// expect: reporter is not number 1: True, found by name: True
// expect: seen from main: True
