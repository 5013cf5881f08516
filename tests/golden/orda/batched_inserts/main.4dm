// Many saves in one transaction (SQLite batches them): each save() still reports its status, gives
// the stamp and the primary key at once, and every later statement sees the rows
var $e : cs.ItemEntity
var $i : Integer
ds.startTransaction()
For ($i; 1; 2500)
	$e:=ds.Item.new()
	$e.name:="n"+String($i)
	$e.price:=$i
	$status:=$e.save()
End for
ALERT(JSON Stringify($status)+" "+String($e.ID)+" "+String($e.getKey())+" "+String($e.getStamp())+" "+String($e.isNew()))  // expect: {"success":true} 2500 2500 1 False
ALERT(String(ds.Item.getCount()))  // expect: 2500
ALERT(ds.Item.get(1234).name+" "+String(ds.Item.get(1234).price))  // expect: n1234 1234
ALERT(String(ds.Item.query("name = :1"; "N2001").first().ID))  // expect: 2001
// saves go on after a read: the keys follow
$e:=ds.Item.new()
$e.name:="after read"
$e.save()
ALERT(String($e.ID)+" "+ds.Item.get($e.ID).name)  // expect: 2501 after read
// a changed entity saved between two new ones
$old:=ds.Item.get(1)
$old.name:="first"
$e:=ds.Item.new()
$e.name:="x"
$e.save()
ALERT(JSON Stringify($old.save())+" "+String($old.getStamp()))  // expect: {"success":true} 2
$e:=ds.Item.new()
$e.name:="y"
$e.save()
ALERT(String(ds.Item.query("name = :1 or name = :2 or name = :3"; "first"; "x"; "y").length))  // expect: 3
// two dataclasses in turn; a unique attribute: the duplicate fails in its own save()
For ($i; 1; 3)
	$e:=ds.Item.new()
	$e.name:="mixed"
	$e.save()
	$t:=ds.Tag.new()
	$t.label:="t"+String($i)
	$t.save()
End for
$t:=ds.Tag.new()
$t.label:="t2"
$dup:=$t.save()
ALERT(String($dup.success)+" "+String($dup.status)+" "+$dup.statusText+" "+String($t.isNew()))  // expect: False 4 Other error True
$t:=ds.Tag.new()
$t.label:="t4"
ALERT(JSON Stringify($t.save()))  // expect: {"success":true}
ALERT(String(ds.Item.query("name = :1"; "mixed").length)+" "+String(ds.Tag.getCount()))  // expect: 3 4
// a nested transaction cancelled: its rows go, the outer ones stay
ds.startTransaction()
For ($i; 1; 10)
	$e:=ds.Item.new()
	$e.name:="inner"
	$e.save()
End for
ALERT(String(ds.Item.query("name = :1"; "inner").length))  // expect: 10
ds.cancelTransaction()
ALERT(String(ds.Item.query("name = :1"; "inner").length)+" "+String(ds.Item.getCount()))  // expect: 0 2506
$e:=ds.Item.new()
$e.name:="last"
$e.save()
ds.validateTransaction()
ALERT(String(ds.Item.getCount())+" "+String(ds.Item.query("name = :1"; "last").length))  // expect: 2507 1
// a cancelled transaction keeps nothing
ds.startTransaction()
For ($i; 1; 1500)
	$e:=ds.Item.new()
	$e.name:="gone"
	$e.save()
End for
ds.cancelTransaction()
ALERT(String(ds.Item.getCount())+" "+String(ds.Item.query("name = :1"; "gone").length))  // expect: 2507 0
