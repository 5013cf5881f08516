// A 4D command run4d does not implement compiles; calling it raises -10790, caught by Try
Try
	FORM GOTO PAGE:C247(2)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10790 FORM GOTO PAGE is not supported by run4d
End try
$r:=Try(FORM Get current page:C276)
ALERT(Last errors[0].message)  // expect: FORM Get current page is not supported by run4d
