// Local, process and interprocess arrays (<>name, or ◊name as the Mac editor writes it)
ARRAY TEXT($local;1)
$local{1}:="mine"
setUp
ALERT(String(Size of array(atShared))+" "+atShared{2})  // expect: 2 second
// atShared is a process array declared in another method: assigning a number selects
atShared:=2
ALERT(atShared{atShared})  // expect: second
ALERT(◊atAll{1}+" "+<>atAll{2})  // expect: one two
◊atAll:=1
ALERT(String(<>atAll+0))  // expect: 1
// Another process has its own process arrays but shares interprocess ones
CALL WORKER("helper";"inWorker")
