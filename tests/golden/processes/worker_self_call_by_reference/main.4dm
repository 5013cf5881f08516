// Objects are copied only when they go to another process: a worker that
// calls itself passes the object itself
CALL WORKER("loop"; "start_loop")
// expect: seen by the third message: 2
