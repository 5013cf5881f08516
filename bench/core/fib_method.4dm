// Recursive fib(25) as a project method
$r:=fib(25)
