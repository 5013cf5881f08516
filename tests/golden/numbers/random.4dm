// Random is an integer between 0 and 32767
$ok:=True
For ($i; 1; 200)
	$r:=Random
	$ok:=$ok & ($r>=0) & ($r<=32767) & ($r=Int($r))
End for
ALERT(String($ok))  // expect: True
// the documented idiom for a range: 10 to 30
$r:=(Random%21)+10
ALERT(String(($r>=10) & ($r<=30)))  // expect: True
