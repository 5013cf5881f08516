// Try/Catch: an error in the Try part (or a method it calls) jumps to Catch
Try
	ALERT("in try")  // expect: in try
	fail
	ALERT("not reached")
Catch
	ALERT("catch: "+Last errors[0].message+" ("+String(Last errors[0].errCode)+")")  // expect: catch: deep failure (7)
End try
Try
	ALERT("no error")  // expect: no error
Catch
	ALERT("never")
End try
// Try(expression) returns undefined on error and keeps the errors
$v:=Try(1\0)
ALERT(String(Undefined($v))+" "+Last errors[0].message)  // expect: True Division by zero
$v:=Try(2+2)
ALERT(String($v)+" "+String(Last errors=Null))  // expect: 4 True
// Nested: the innermost Try catches
Try
	Try
		fail
	Catch
		ALERT("inner")  // expect: inner
	End try
	ALERT("after inner")  // expect: after inner
Catch
	ALERT("outer")
End try
