// An invalid regular expression is error -1 (ERROR is -1 in 4D, as its own components' tests assert)
Try
	$ok:=Match regex("(abc"; "abc")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -1
End try
$ok:=Match regex("(abc"; "abc")
// expect runtime error: Error while parsing pattern "(abc"
