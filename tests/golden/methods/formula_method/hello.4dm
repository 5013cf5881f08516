#DECLARE($a : Text; $b : Text) : Text
If (Count parameters=2)
	return "Hello "+$a+" "+$b
End if
return "How are you?"
