// A list reference is valid in every process of the run: a worker adds to a list made by the main process
var $list; $ref : Integer
var $text : Text
var $done : 4D.Signal
ARRAY LONGINT($found; 0)
$list:=New list
APPEND TO LIST($list; "from main"; 1)
$done:=New signal
CALL WORKER("lists_worker"; Formula(APPEND TO LIST($1; "from worker"; 2)); $list)
CALL WORKER("lists_worker"; Formula($1.trigger()); $done)
$done.wait(5)
GET LIST ITEM($list; 2; $ref; $text)
ALERT(String(Count list items($list))+" "+$text)  // expect: 2 from worker
// a list made in a worker, used in the main process
<>madeInWorker:=0
$done:=New signal
CALL WORKER("lists_worker"; Formula(<>madeInWorker:=New list))
CALL WORKER("lists_worker"; Formula(APPEND TO LIST(<>madeInWorker; "made there"; 7)))
CALL WORKER("lists_worker"; Formula($1.trigger()); $done)
$done.wait(5)
GET LIST ITEM(<>madeInWorker; 1; $ref; $text)
ALERT(String(Is a list(<>madeInWorker))+" "+$text)  // expect: True made there
CLEAR LIST(<>madeInWorker)
CLEAR LIST($list)
KILL WORKER("lists_worker")
// a list goes with the process that created it (Load list's page): once the worker has ended, its list is gone
<>fromEnded:=0
$done:=New signal
CALL WORKER("lists_ending"; Formula(<>fromEnded:=New list))
CALL WORKER("lists_ending"; Formula($1.trigger()); $done)
$done.wait(5)
ALERT(String(Is a list(<>fromEnded)))  // expect: True
KILL WORKER("lists_ending")
var $tries : Integer
While ((Process number("lists_ending")#0) & ($tries<500))
	DELAY PROCESS(Current process; 1)
	$tries:=$tries+1
End while
ALERT(String(Is a list(<>fromEnded)))  // expect: False
// two workers adding to one list at the same time: every item is there
var $shared : Integer
var $doneA; $doneB : 4D.Signal
$shared:=New list
$doneA:=New signal
$doneB:=New signal
CALL WORKER("lists_a"; "fill_list"; $shared; "a"; $doneA)
CALL WORKER("lists_b"; "fill_list"; $shared; "b"; $doneB)
$doneA.wait(10)
$doneB.wait(10)
ALERT(String(Count list items($shared))+" "+String(Find in list($shared; "a"; 0; $found; *))+" "+String(Size of array($found)))  // expect: 600 1 300
CLEAR LIST($shared)
KILL WORKER("lists_a")
KILL WORKER("lists_b")
