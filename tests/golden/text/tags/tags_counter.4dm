#DECLARE($n : Integer) : Boolean
// 4DLOOP on a method: called with 0 first, then 1, 2... while it returns True
If ($n=0)
	counterCalls:=""
End if
counterCalls:=counterCalls+String($n)
counterValue:=$n*10
return $n<3
