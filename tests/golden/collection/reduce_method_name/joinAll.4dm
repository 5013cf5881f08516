#DECLARE($p : Object)
If ($p.accumulator=Null)
	$p.accumulator:=New collection
End if
$p.accumulator.combine($p.value)
