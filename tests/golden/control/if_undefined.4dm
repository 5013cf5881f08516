// An undefined condition counts as False; any other non-Boolean is an error
var $o : Object
$o:=New object
If ($o.missing)
	ALERT("no")
Else
	ALERT("undefined is false")  // expect: undefined is false
End if
If (1)  // expect runtime error: A Boolean was expected, got Number
End if
