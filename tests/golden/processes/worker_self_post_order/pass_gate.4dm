#DECLARE($gate : Object)
Use ($gate)
End use
ALERT("through the gate")
CALL WORKER(Current process name; Formula(ALERT("posted by the worker to itself")))
