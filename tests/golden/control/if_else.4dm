// If / Else / End if; the condition may be a parenthesised expression followed by more
var $a : Integer
$a:=5
If ($a>3)
	ALERT("big")  // expect: big
Else
	ALERT("small")
End if
If ($a>3) & ($a<10)
	ALERT("in range")  // expect: in range
End if
If ($a=0)
	ALERT("zero")
End if
If (False)
Else
	ALERT("else branch")  // expect: else branch
End if
