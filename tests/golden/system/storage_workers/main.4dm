// Storage is the same object in every process: workers count into it under Use
Use (Storage)
	Storage.hits:=New shared object("count"; 0)
End use
For ($i; 1; 4)
	CALL WORKER("w"+String($i); "countHit"; 25)
End for
For ($i; 1; 4)
	CALL WORKER("w"+String($i); Formula(KILL WORKER))
End for
var $s:=New signal
CALL WORKER("last"; Formula($1.trigger()); $s)
$s.wait(5)
DELAY PROCESS(Current process; 30)
ALERT(String(Storage.hits.count))  // expect: 100
