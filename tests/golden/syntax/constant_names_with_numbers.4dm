// Constant names may contain whole numbers ("Is integer 64 bits")
ALERT(String(Is integer 64 bits))  // expect: 25
$x:=0
For ($i; 1; 3)
	$x:=$x+1
End for
ALERT(String($x))  // expect: 3
