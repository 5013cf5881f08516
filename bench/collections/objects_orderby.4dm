// orderBy, map, filter and a two-key orderBy over 100,000 objects
var $c; $m; $f; $o; $s : Collection
var $i : Integer
$c:=New collection
For ($i; 1; 100000)
	$c.push(New object("id"; $i; "score"; ($i*7919)%100003; "name"; "n"+String($i%1000)))
End for
$s:=$c.orderBy("score asc")
$m:=$c.map(Formula($1.value.score*2))
$f:=$c.filter(Formula($1.value.score>50000))
$o:=$c.orderBy("name asc, id desc")
