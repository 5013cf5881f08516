// map, filter and reduce with formulas over a collection of 100,000 numbers (given)
#DECLARE($c : Collection)
var $m; $f : Collection
var $r : Real
$m:=$c.map(Formula($1.value*2))
$f:=$c.filter(Formula($1.value>50000))
$r:=$c.reduce(Formula($1.accumulator+$1.value); 0)
