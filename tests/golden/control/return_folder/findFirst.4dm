#DECLARE($values : Collection; $min : Real) : Real
For each ($v; $values)
	If ($v>$min)
		return $v
	End if
End for each
return -1
