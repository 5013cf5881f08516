// An If that is never closed is reported where the file ends
If (True)
	ALERT("x")
ALERT("y")  // expect error: If (line 2) is not closed
