// push + sort + map over 100,000 collection items
var $c; $m : Collection
var $i : Integer
$c:=New collection
For ($i; 1; 100000)
	$c.push(($i*7919)%100003)
End for
$c.sort()
$m:=$c.map(Formula($1.value*2))
