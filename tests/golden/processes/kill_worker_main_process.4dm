// KILL WORKER on the main process only empties its mailbox: it goes on and
// later messages still run
CALL WORKER(1; Formula(ALERT("dropped")))
KILL WORKER
CALL WORKER(1; Formula(ALERT("still served in process "+String(Current process))))
// expect: still served in process 1
