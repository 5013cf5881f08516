// break leaves the innermost loop, continue skips to the next pass
var $i : Integer
var $t : Text
For ($i; 1; 10)
	If ($i%2=0)
		continue
	End if
	If ($i>7)
		break
	End if
	$t:=$t+String($i)
End for
ALERT($t)  // expect: 1357
$i:=0
Repeat
	$i:=$i+1
	If ($i<3)
		continue
	End if
	$t:=$t+"!"
Until ($i=5)
ALERT($t)  // expect: 1357!!!
For each ($w; ["x"; "y"; "z"])
	If ($w="y")
		break
	End if
	ALERT($w)  // expect: x
End for each
