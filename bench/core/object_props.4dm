// Object property read/write in a loop
var $o : Object
var $i : Integer
$o:=New object("count"; 0; "total"; 0)
For ($i; 1; 300000)
	$o.count:=$o.count+1
	$o.total:=$o.total+$o.count
End for
