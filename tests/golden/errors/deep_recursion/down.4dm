#DECLARE($n : Integer) : Integer
If ($n=0)
	return 0
End if
return down($n-1)+1
