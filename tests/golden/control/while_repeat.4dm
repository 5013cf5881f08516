// While tests before each pass, Repeat...Until after
var $i : Integer
$i:=1
While ($i<=3)
	$i:=$i+1
End while
ALERT(String($i))  // expect: 4
While (False)
	ALERT("never")
End while
$i:=10
Repeat
	$i:=$i+1
Until ($i>5)
ALERT(String($i))  // expect: 11
