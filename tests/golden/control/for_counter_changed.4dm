// Changing the counter inside the loop affects the loop
var $i : Integer
var $t : Text
For ($i; 1; 10)
	$t:=$t+String($i)
	$i:=$i+2
End for
ALERT($t)  // expect: 14710
ALERT(String($i))  // expect: 13
For (vCounter; 1; 3)
	$t:=String(vCounter)
End for
ALERT($t+" "+String(vCounter))  // expect: 3 4
