// A bare array name used as a number is its selected element; assigning a number selects one
ARRAY TEXT(asCities;3)
asCities{1}:="Oslo"
asCities{2}:="Rome"
asCities{3}:="Lima"
ALERT(String(asCities+0))  // expect: 0
asCities:=3
ALERT(asCities{asCities})  // expect: Lima
If (asCities#0)
	ALERT("selected "+String(asCities*1))  // expect: selected 3
End if
ARRAY LONGINT($codes;2)
$codes:=1
$codes{$codes}:=44
ALERT(String($codes{1}))  // expect: 44
$p:=->$codes
$p->:=2
ALERT(String($codes+0))  // expect: 2
ARRAY LONGINT($codes;1)
ALERT(String($codes+0))  // expect: 0
