// Semaphore: False when it was free (now set), True when another process holds it; CLEAR SEMAPHORE frees it
ALERT(String(Semaphore("lock"))+" "+String(Test semaphore("lock")))  // expect: False True
ALERT(String(Semaphore("lock")))  // expect: True
var $s:=New signal
CALL WORKER("other"; "tryLock"; $s)
$s.wait(5)
ALERT($s.answer)  // expect: taken True
CLEAR SEMAPHORE("lock")
ALERT(String(Test semaphore("lock")))  // expect: False
$s:=New signal
CALL WORKER("other"; "tryLock"; $s)
$s.wait(5)
ALERT($s.answer)  // expect: free False
ALERT(String(Test semaphore("lock")))  // expect: True
CLEAR SEMAPHORE("lock")
ALERT(String(Test semaphore("lock")))  // expect: True
KILL WORKER("other")
