// at() needs a number
var $c : Collection
$c:=New collection(1)
$c.at("first")  // expect runtime error: Parameter 1 of Collection.at: Number expected, got Text
