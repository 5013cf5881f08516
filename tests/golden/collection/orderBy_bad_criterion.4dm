// orderBy() reports a malformed criterion
var $c : Collection
$c:=New collection(New object("a"; 1))
$c.orderBy("a upward")  // expect runtime error: Collection.orderBy: invalid criterion "a upward"
