// Values assigned to elements take the array's element type
ARRAY INTEGER($small;3)
$small{1}:=2.5
$small{2}:=-2.5
$small{3}:=40000
ALERT(JSON Stringify array($small))  // expect: [3,-3,-25536]
ARRAY LONGINT($long;2)
$long{1}:=2147483648
$long{2}:=7.49
ALERT(JSON Stringify array($long))  // expect: [-2147483648,7]
ARRAY REAL($real;1)
$real{1}:=?00:01:30?
ALERT(String($real{1}))  // expect: 90
ARRAY TIME($times;1)
$times{1}:=3661
ALERT(String($times{1}))  // expect: 01:01:01
ARRAY TEXT($texts;1)
Try
	$texts{1}:=12
Catch
	ALERT(Last errors[0].message)  // expect: Cannot assign Number to $texts{1}, declared as an element of a Text array
End try
ARRAY BOOLEAN($flags;1)
Try
	$flags{1}:="yes"
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10714
End try
ARRAY OBJECT($objects;2)
$objects{1}:={id: 1}
$objects{2}:=[1; 2]
ALERT(JSON Stringify array($objects))  // expect: [{"id":1},[1,2]]
