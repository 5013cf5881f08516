// Build a collection of 100,000 objects of three properties
var $c : Collection
var $i : Integer
$c:=New collection
For ($i; 1; 100000)
	$c.push(New object("id"; $i; "score"; ($i*7919)%100003; "name"; "n"+String($i%1000)))
End for
