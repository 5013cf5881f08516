// Reading or writing past the last element is error -20001, naming the array and the index
ARRAY REAL($scores;2)
Try
	$x:=$scores{3}
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -20001
	ALERT(Last errors[0].message)  // expect: Array capacity exceeded: $scores{3} is out of range (the array has 2 elements)
End try
Try
	$scores{-1}:=4
Catch
	ALERT(Last errors[0].message)  // expect: Array capacity exceeded: $scores{-1} is out of range (the array has 2 elements)
End try
ARRAY TEXT(gLabels;0)
gLabels{1}:="never"
// expect runtime error: Array capacity exceeded: gLabels{1} is out of range (the array has 0 elements)
