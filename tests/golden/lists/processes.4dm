// A list reference is valid in every process of the run: a worker adds to a list made by the main process
var $list; $ref : Integer
var $text : Text
var $done : 4D.Signal
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
