// CALL WORKER with "" runs the worker's startup method (the one that created
// it) again, with the new parameters; the main process has no startup method
CALL WORKER("greeter"; "greet"; "first call")
CALL WORKER("greeter"; Formula(ALERT("a formula in between")))
CALL WORKER("greeter"; ""; "startup method again")
CALL WORKER(1; ""; "never runs")
// expect: greet: first call
// expect: a formula in between
// expect: greet: startup method again
