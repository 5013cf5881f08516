// EXECUTE METHOD runs a project method named at run time, with parameters and a result
var vCalls : Integer
var $sum : Integer
EXECUTE METHOD("em_add"; $sum; 2; 3)
ALERT(String($sum)+" "+String(OK))  // expect: 5 1
EXECUTE METHOD("em_trace")
EXECUTE METHOD("em_trace"; *)
ALERT(String(vCalls))  // expect: 2
EXECUTE METHOD("EM_ADD"; $sum; 10; 20)  // method names are not case-sensitive
ALERT(String($sum))  // expect: 30
// the method's own changes to OK are kept
EXECUTE METHOD("em_fails")
ALERT(String(OK))  // expect: 0
// an unknown method: error -10508 and OK=0
Try
	EXECUTE METHOD("no_such_method")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10508 0
End try
// EXECUTE FORMULA runs one line of code; an empty text does nothing
EXECUTE FORMULA("vFormula:=em_add(4; 5)")
ALERT(String(vFormula))  // expect: 9
EXECUTE FORMULA("ALERT:C41(\"token \"+String:C10(vFormula))")  // expect: token 9
EXECUTE FORMULA("")
Try
	EXECUTE FORMULA("vFormula:=")
Catch
	ALERT("syntax error caught")  // expect: syntax error caught
End try
