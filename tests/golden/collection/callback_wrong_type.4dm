// A callback must be a Formula or a method name
var $c : Collection
$c:=New collection(1)
$c.map(42)  // expect runtime error: Parameter 1 of Collection.map: a Formula or a method name expected, got Number
