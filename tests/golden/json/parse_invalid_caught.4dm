// A parse error can be caught, which makes JSON Parse a validity check
var $v : Variant
Try
	$v:=JSON Parse("[1, 2,]")
Catch
	ALERT("invalid")  // expect: invalid
End try
$v:=JSON Parse("tru")
// expect runtime error: JSON parse error: a value was expected at line 1, offset 0
