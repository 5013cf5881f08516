// A worker waiting in DELAY PROCESS still runs the messages that arrive
// meanwhile (run4d's model: waiting keeps serving the mailbox)
CALL WORKER("sleepy"; Formula(seen:="nothing yet"))
CALL WORKER("sleepy"; "nap")
CALL WORKER("sleepy"; Formula(seen:="set during the nap"))
// expect: after the nap: set during the nap
