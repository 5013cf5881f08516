#DECLARE($p : Object)
$p.result:=Length($p.value)<Length($p.value2)
