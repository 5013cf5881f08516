#DECLARE(... : Real) : Real
var $total : Real
var $i : Integer
For ($i; 1; Count parameters)
	$total:=$total+${$i}
End for
return $total
