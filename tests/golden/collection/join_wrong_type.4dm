// join() needs a Text delimiter
var $c : Collection
$c:=New collection(1; 2)
$c.join(0)  // expect runtime error: Parameter 1 of Collection.join: Text expected, got Number
