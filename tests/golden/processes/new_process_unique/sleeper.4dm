#DECLARE($gate : 4D.Signal)
$gate.wait(10)
