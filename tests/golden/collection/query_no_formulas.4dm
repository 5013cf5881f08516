// eval() formulas are not supported by collection queries
var $c : Collection
$c:=New collection(New object("a"; 1))
$c.query("eval(This.a = 1)")  // expect runtime error: Collection.query: formulas (eval) are not supported in collection queries
