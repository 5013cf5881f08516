// orderBy() takes a Text, a Collection or an Integer
var $c : Collection
$c:=New collection(1)
$c.orderBy(True)  // expect runtime error: Parameter 1 of Collection.orderBy: Text, Collection or Integer expected, got Boolean
