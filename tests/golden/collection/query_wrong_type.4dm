// The query string must be a Text
var $c : Collection
$c:=New collection(New object("a"; 1))
$c.query(12)  // expect runtime error: Parameter 1 of Collection.query: Text expected, got Number
