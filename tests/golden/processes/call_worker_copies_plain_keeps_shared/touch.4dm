#DECLARE($data : Object; $done : 4D.Signal)
$data.list.push(3)
Use($data.box)
	$data.box.hits:=$data.list.length
End use
$done.trigger()
