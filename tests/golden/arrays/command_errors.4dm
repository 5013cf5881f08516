// Wrong arguments to the array commands are 4D errors that Try catches
ARRAY TEXT($t;1)
ARRAY LONGINT($n;1)
Try
	ARRAY TEXT("name";3)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of ARRAY TEXT: an array variable was expected, got Text
End try
Try
	ARRAY REAL($r;"ten")
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 2 of ARRAY REAL: Number expected, got Text
End try
Try
	INSERT IN ARRAY($plain;1)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of INSERT IN ARRAY: an array was expected, got undefined (no array was declared)
End try
Try
	COPY ARRAY("x";$t)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of COPY ARRAY: an array was expected, got Text
End try
Try
	$c:=Count in array($n;"one")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 54
End try
Try
	$b:=Find in sorted array($n;1;1;$pos)
Catch
	ALERT(Last errors[0].message)  // expect: Invalid sort parameter: Find in sorted array: > or < expected, got Number
End try
Try
	COLLECTION TO ARRAY("abc";$t)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of COLLECTION TO ARRAY: Collection expected, got Text
End try
Try
	ARRAY TO COLLECTION([];"not an array")
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 2 of ARRAY TO COLLECTION: an array was expected, got Text
End try
Try
	OB GET ARRAY("text";"p";$t)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of OB GET ARRAY: Object expected, got Text
End try
Try
	$j:=JSON Stringify array($t;"pretty")
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 2 of JSON Stringify array: * expected, got Text
End try
Try
	OB GET PROPERTY NAMES([1];$t)
Catch
	ALERT(Last errors[0].message)  // expect: Parameter 1 of OB GET PROPERTY NAMES: Object expected, got Collection
End try
Try
	MULTI SORT ARRAY($t;<;<)
Catch
	ALERT(Last errors[0].message)  // expect: Invalid sort parameter: MULTI SORT ARRAY: parameter 3 (<) does not follow an array
End try
ALERT(String(Size of array($t)))  // expect: 1
