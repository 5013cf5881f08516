// GET/SET PROCESS VARIABLE and VARIABLE TO VARIABLE read and write another process's variables (copies)
var gText : Text
var gObj : Object
CALL WORKER("w"; "fill")
var $s:=New signal
CALL WORKER("w"; Formula($1.trigger()); $s)
$s.wait(5)
var $n:=Process number("w")
var $text : Text
var $obj : Object
GET PROCESS VARIABLE($n; gText; $text; gObj; $obj)
ALERT($text+" "+JSON Stringify($obj))  // expect: filled {"k":1}
$obj.k:=2
SET PROCESS VARIABLE($n; gText; "set by main"; <>shared; 7)
gText:="main's own"
VARIABLE TO VARIABLE($n; gObj; gText)
CALL WORKER("w"; Formula(ALERT(gText+" "+String(<>shared)+" "+String(gObj))))  // expect: set by main 7 main's own
$s:=New signal
CALL WORKER("w"; Formula($1.trigger()); $s)
$s.wait(5)
GET PROCESS VARIABLE($n; gObj; $text)
ALERT($text)  // expect: main's own
Try
	GET PROCESS VARIABLE(9999; gText; $text)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10718
End try
KILL WORKER("w")
