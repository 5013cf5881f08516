Function fib($n : Integer) : Integer
	If ($n<2)
		return $n
	End if
	return This.fib($n-1)+This.fib($n-2)

Function sum($n : Integer) : Integer
	return This.fib($n)+This.fib($n)

Function hideWhileRunning($n : Integer) : Integer
	// code compiled while this function runs hides fib: the calls after it see the property
	var $before : Integer
	$before:=This.fib($n)
	EXECUTE FORMULA("vHidden.fib:=Formula(500)")
	return $before+This.fib($n)
