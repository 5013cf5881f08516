// Callback members need a Formula or a method name
var $c : Collection
$c:=New collection(1)
$c.map()  // expect runtime error: Collection.map: a Formula or a method name is required
