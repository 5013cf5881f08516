#DECLARE($times : Integer; $done : Object)
// Add 1 to the counter $times times; a stamp conflict means another worker saved first: reload and retry
var $e : cs.CompanyEntity
var $i; $conflicts : Integer
For ($i; 1; $times)
	Repeat
		$e:=ds.Company.get(1)
		$e.revenues:=$e.revenues+1
		$r:=$e.save()
		If (Not($r.success))
			$conflicts:=$conflicts+1
			If ($r.status#dk status stamp has changed) & ($r.status#dk status locked)
				ALERT("unexpected status "+String($r.status))
			End if
		End if
	Until ($r.success)
End for
Use ($done)
	$done.workers:=$done.workers+1
	$done.conflicts:=$done.conflicts+$conflicts
End use
