#DECLARE($plain : Object; $list : Collection; $shared : Object; $done : 4D.Signal)
$plain.n:=2
$list.push("b")
Use ($shared)
	$shared.n:=2
End use
Use ($done)
	$done.seen:=String($plain.n)+" "+JSON Stringify($list)
End use
$done.trigger()
