// Worker side of round_trip: write the answer on the signal, then trigger it
#DECLARE($reply : 4D.Signal; $n : Integer)
Use ($reply)
	$reply.value:=$n*2
End use
$reply.trigger()
