// Deferred errors: raised when the method that threw them returns (or after End try)
Try
	collect
	ALERT("not reached")
Catch
	ALERT(String(Last errors.length)+" errors: "+Last errors[0].message+", "+Last errors[1].message)
End try
Try
	throw({errCode: 3; message: "thrown right here"; deferred: True})
	ALERT("the Try part finishes")
Catch
	ALERT("Catch is not run for it")
End try
ALERT("not reached: the error surfaced after End try")
// expect: collect goes on
// expect: collect ends
// expect: 2 errors: first problem, second problem
// expect: the Try part finishes
// expect runtime error: thrown right here
