property steps : Integer

Function step($n : Integer) : Integer
	return $n+1

Function run($n : Integer) : Text
	return String(This.step($n))+"/"+String(This.step($n)+This.step($n))
