#DECLARE($n : Integer) : Integer
If ($n<2)
	return $n
End if
return fibm($n-1)+fibm($n-2)
