// ◊name is the older spelling of <>name; x<<>y compares x with an interprocess variable
◊count:=5
ALERT(String(<>count))  // expect: 5
$x:=3
If ($x<<>count)
	ALERT("less")  // expect: less
End if
ALERT(String(1 << 3))  // expect: 8
