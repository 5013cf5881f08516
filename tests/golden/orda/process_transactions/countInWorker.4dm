#DECLARE($signal : 4D.Signal)
Use ($signal)
	$signal.count:=ds.Company.getCount()
	$signal.level:=Transaction level
End use
$signal.trigger()
