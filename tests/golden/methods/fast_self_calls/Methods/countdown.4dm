#DECLARE($n : Integer; $label : Text) : Text
If ($n=0)
	var $c : Collection
	$c:=Call chain
	ALERT($c.extract("name").join(",")+" "+$c.extract("line").join(","))
	return $label*$label
	return "resumed"
End if
If ($n=1)
	// an argument of another type than the parameter's: the general entry converts it
	return countdown(0.4; $label)
End if
return countdown($n-1; $label)
