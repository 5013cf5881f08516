// No code of this case writes a property named fib, sum or twice: This.fib() needs no own-property check
Function fib($n : Integer) : Integer
	If ($n<2)
		return $n
	End if
	return This.fib($n-1)+This.fib($n-2)

Function sum($n : Integer) : Integer
	return This.fib($n)+This.fib($n)

Function twice($t : Text; $r : Real; $b : Boolean) : Text
	return $t+$t+String($r*2)+String(Not($b))

Function viaText($t : Text) : Integer
	// an argument of another type than the parameter's: the general entry checks it
	return This.fib($t)

Function count($c : Collection; $o : cs.Fib) : Integer
	return $c.length+OB Keys($o).length

Function countVia() : Integer
	// object and collection arguments: the fast entry takes them as they are
	var $none : Collection
	return This.count([1; 2]; {a: 1; b: 2})+This.count(New collection(1); This)+This.count($none; Null)
