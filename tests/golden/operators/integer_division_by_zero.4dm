// Integer division and modulo by zero are errors (division gives INF)
ALERT("before")  // expect: before
$x:=5\0  // expect runtime error: Division by zero
ALERT("not reached")
