#DECLARE($greeting : Text; $plain : Object; $box : Object; $done : 4D.Signal)
$plain.n:=2
Use ($box)
	$box.report:=$greeting+" in "+Current process name+", number matches: "+String(Process number("kid")=Current process)
End use
$done.trigger()
