// SORT ARRAY refuses arrays of different sizes and cannot sort by pointers or pictures
ARRAY TEXT($a;2)
ARRAY TEXT($b;3)
Try
	SORT ARRAY($a;$b)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: 74 The size of arrays does not match: SORT ARRAY: $b has 3 elements, $a has 2
End try
ARRAY POINTER($ptrs;2)
ARRAY LONGINT($nums;2)
SORT ARRAY($nums;$ptrs;<)
Try
	SORT ARRAY($ptrs;$nums)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 76
End try
ARRAY OBJECT($objs;3)
$objs{1}:={k: 1}
$objs{3}:={k: 3}
SORT ARRAY($objs)
ALERT(JSON Stringify array($objs))  // expect: [null,{"k":1},{"k":3}]
SORT ARRAY($undeclared)
// expect runtime error: Parameter 1 of SORT ARRAY: an array was expected, got undefined (no array was declared)
