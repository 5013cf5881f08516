If (Current process=1)
	ALERT("caught in the main process")
Else
	ALERT("caught in "+Current process name)
End if
