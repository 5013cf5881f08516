// A placeholder without a value is a 4D error
var $c : Collection
$c:=New collection(New object("a"; 1))
$c.query("a = :2"; 1)  // expect runtime error: Collection.query: no value given for placeholder :2
