// sort, map, filter and orderBy over a collection of 100,000 objects
var $c; $m; $f; $o : Collection
var $i : Integer
$c:=New collection
For ($i; 1; 100000)
	$c.push(New object("id"; $i; "score"; ($i*7919)%100003; "name"; "n"+String($i%1000)))
End for
$c.sort(Formula($1.value.score<$1.value2.score))
$m:=$c.map(Formula($1.value.score*2))
$f:=$c.filter(Formula($1.value.score>50000))
$o:=$c.orderBy("name asc, id desc")
