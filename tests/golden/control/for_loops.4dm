// For: start/end/step evaluated once; counter value after the loop
var $i; $sum : Integer
var $t : Text
For ($i; 1; 5)
	$sum:=$sum+$i
End for
ALERT(String($sum)+" "+String($i))  // expect: 15 6
For ($i; 10; 1; -3)
	$t:=$t+String($i)+" "
End for
ALERT("["+$t+"]")  // expect: [10 7 4 1 ]
For ($i; 5; 1)
	ALERT("never")
End for
ALERT(String($i))  // expect: 5
For ($i; 3; 3)
	ALERT("once")  // expect: once
End for
$n:=3
For ($i; 1; $n)
	$n:=10
End for
ALERT(String($i))  // expect: 4
