// combine() needs a collection as first parameter
var $c : Collection
$c:=New collection(1)
$c.combine("abc")  // expect runtime error: Parameter 1 of Collection.combine: Collection expected, got Text
