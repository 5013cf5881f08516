Class extends Fib

Function fib($n : Integer) : Integer
	If ($n>5)
		return Super.fib($n)
	End if
	return 100+$n
