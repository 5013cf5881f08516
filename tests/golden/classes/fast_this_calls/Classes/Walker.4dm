Function down($n : Integer) : Integer
	If ($n=0)
		return This.fail($n)
	End if
	return This.down($n-1)+1

Function fail($n : Integer) : Integer
	var $c : Collection
	$c:=Call chain
	ALERT($c.extract("name").join(",")+" "+$c.extract("line").join(","))
	var $t : Text
	$t:="x"
	return $t*$t
