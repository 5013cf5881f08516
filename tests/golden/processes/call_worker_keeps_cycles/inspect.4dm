#DECLARE($data : Object; $done : 4D.Signal)
var $report : Text
// the back reference is the copy itself; the suite listed twice is one copy; it is not the caller's
$report:=$data.name+" "+String($data.suites[0].runner=$data)+" "+String($data.suites[0]=$data.suites[1])
$data.suites[0].name:="changed"
Use ($done)
	$done.report:=$report+" "+String($data.suites[1].name="suite")
End use
$done.trigger()
