#DECLARE($o : Object)
$x:=$o.missing.deeper
$y:=$o.nothing.call()
