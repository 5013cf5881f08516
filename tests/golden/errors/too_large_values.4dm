// Values too large for memory or for their type give 4D errors before anything is allocated
// (limits in docs/limits.md): -10794 overflow, -10795 not enough memory, -10706 index out of range
var $d : Date
var $t : Text
var $b : Blob
var $c : Collection
Try
	$d:=!2020-01-01!+1e300
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10794 Numeric overflow: a date cannot be moved by 1e+300 days
End try
Try
	$d:=!9999-12-31!+1
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10794
End try
Try
	$t:="ab"*1e20
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10795
End try
ALERT(String(Length($t)))  // expect: 0
$t:="ab"*3
ALERT($t)  // expect: ababab
Try
	SET BLOB SIZE($b; 1e12)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10795
End try
ALERT(String(BLOB size($b)))  // expect: 0
$c:=[1; 2]
Try
	$c.resize(1e12)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10795
End try
Try
	$c[1000000000]:=1
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10706
End try
ALERT(String($c.length))  // expect: 2
