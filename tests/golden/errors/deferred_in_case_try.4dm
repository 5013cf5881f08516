// throw(...; deferred: True) in a Case of branch inside a Try: it surfaces after End try, Catch not run
var $kind : Text
$kind:="b"
Try
	Case of
		: ($kind="a")
			ALERT("not a")
		: ($kind="b")
			throw({errCode: 5; message: "deferred from a Case branch"; deferred: True})
			ALERT("the Try part finishes")
	End case
Catch
	ALERT("Catch is not run for it")
End try
ALERT("not reached: the error surfaced after End try")
// expect: the Try part finishes
// expect runtime error: deferred from a Case branch
