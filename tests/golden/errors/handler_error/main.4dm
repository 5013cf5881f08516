// An error inside the handler is not handled again: it stops the program
ON ERR CALL("bad")
throw(1; "first")
ALERT("not reached")
// expect runtime error: Division by zero
