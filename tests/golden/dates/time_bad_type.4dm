// Time accepts only Text and numbers
$t:=Time(True)
// expect runtime error: Parameter 1 of Time: Text or Number expected, got Boolean
