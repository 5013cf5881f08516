// Recursive fib(25) as a class function
$r:=cs.Fib.new().fib(25)
