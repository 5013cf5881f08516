Function fib($n : Integer) : Integer
	If ($n<2)
		return $n
	End if
	return This.fib($n-1)+This.fib($n-2)

Function sum($n : Integer) : Integer
	return This.fib($n)+This.fib($n)
