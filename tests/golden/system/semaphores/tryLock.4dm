#DECLARE($s : 4D.Signal)
var $taken:=Semaphore("lock"; 10)
Use ($s)
	$s.answer:=($taken ? "taken" : "free")+" "+String($taken)
End use
$s.trigger()
