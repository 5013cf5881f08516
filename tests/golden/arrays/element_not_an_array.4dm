// Element syntax on a variable that holds no array is an error
$plain:="text"
Try
	$c:=$plain{1}
Catch
	ALERT(Last errors[0].message)  // expect: Text is not an array
End try
$undeclared{2}:=5
// expect runtime error: undefined is not an array
