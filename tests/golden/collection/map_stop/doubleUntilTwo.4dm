#DECLARE($e : Object)
$e.result:=$e.value*2
If ($e.value=2)
	$e.stop:=True
End if
