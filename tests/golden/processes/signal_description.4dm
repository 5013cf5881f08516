// .description is given to New signal or set later inside Use...End use
var $named; $plain : 4D.Signal
$named:=New signal("first step")
$plain:=New signal
ALERT("named: "+$named.description)
ALERT("plain: ["+$plain.description+"]")
Use ($plain)
	$plain.description:="set later"
End use
ALERT("plain: "+$plain.description)
Try
	$named.description:="outside Use"
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
ALERT("named: "+$named.description)
// expect: named: first step
// expect: plain: []
// expect: plain: set later
// expect: error -10709
// expect: named: first step
