// insert() requires an index and an element
var $c : Collection
$c:=New collection
$c.insert(0)  // expect runtime error: Collection.insert: expects 2 parameter(s), got 1
