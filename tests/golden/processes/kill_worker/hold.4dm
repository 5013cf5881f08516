#DECLARE($gate : Object; $entered : 4D.Signal)
$entered.trigger()
Use ($gate)
End use
ALERT("holding: "+note)
