// CRLF line endings and tabs
var $t : Text
If (True)
	$t:="crlf ok"
End if
ALERT($t)  // expect: crlf ok
