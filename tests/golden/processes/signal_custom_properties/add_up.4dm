#DECLARE($job : 4D.Signal; $numbers : Collection)
Use ($job)
	$job.sum:=$numbers.sum()
	$job.details:=New shared object("count"; $numbers.length)
End use
$job.trigger()
