// A malformed query string is a 4D error
var $c : Collection
$c:=New collection(New object("a"; 1))
$c.query("a = 'open")  // expect runtime error: Collection.query: unclosed quote at position 5
