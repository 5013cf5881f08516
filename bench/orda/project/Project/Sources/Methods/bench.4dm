// ORDA side of bench/orda/bench.py: times (ms) of the three operations, as JSON on stdout
#DECLARE($count : Text)
var $n; $i : Integer
var $e : cs.ItemEntity
$n:=Num($count)
$t:=Milliseconds
ds.startTransaction()
For ($i; 1; $n)
	$e:=ds.Item.new()
	$e.name:="item "+String($i%1000)
	$e.price:=$i
	$e.category:="c"+String($i%10)
	$e.save()
End for
ds.validateTransaction()
$insert:=Milliseconds-$t
$t:=Milliseconds
For ($i; 1; 100)
	$found:=ds.Item.query("name = :1"; "item "+String($i))
End for
$query:=Milliseconds-$t
$t:=Milliseconds
$sorted:=ds.Item.all().orderBy("name")
$order:=Milliseconds-$t
ALERT(JSON Stringify({insert: $insert; query: $query; orderBy: $order; found: $found.length; sorted: $sorted.length}))
