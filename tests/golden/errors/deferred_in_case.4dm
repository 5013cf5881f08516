// throw(...; deferred: True) inside a Case of branch: raised when the method returns
var $n : Integer
$n:=2
Case of
	: ($n=1)
		ALERT("not this one")
	: ($n=2)
		throw({errCode: 4; message: "thrown in a Case branch"; deferred: True})
		ALERT("the branch goes on")
	Else
		ALERT("not the Else")
End case
ALERT("the method goes on")
// expect: the branch goes on
// expect: the method goes on
// expect runtime error: thrown in a Case branch
