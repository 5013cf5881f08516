// A Try inside a Catch: Last errors then holds the inner error; after a Try that succeeds it is Null
Try
	throw(21; "first")
Catch
	ALERT(Last errors[0].message)  // expect: first
	Try
		throw(22; "second")
	Catch
		ALERT(String(Last errors[0].errCode))  // expect: 22
	End try
	ALERT(Last errors[0].message)  // expect: second
End try
$x:=Try(40+2)
ALERT(String($x)+" "+String(Last errors=Null))  // expect: 42 True
$x:=Try(40+"2")
ALERT(String(Undefined($x))+" "+String(Last errors.length))  // expect: True 1
