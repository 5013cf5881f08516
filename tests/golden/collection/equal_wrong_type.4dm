// equal() compares with a collection only
var $c : Collection
$c:=New collection(1)
$c.equal(New object)  // expect runtime error: Parameter 1 of Collection.equal: Collection expected, got Object
