#DECLARE($p : Object; $reverse : Boolean)
If ($reverse)
	$p.result:=$p.value.n>$p.value2.n
Else
	$p.result:=$p.value.n<$p.value2.n
End if
