#DECLARE($gate : Object)
Use ($gate)
End use
KILL WORKER
CALL WORKER(Current process name; Formula(ALERT("message to itself ran")))
ALERT("quitting")
