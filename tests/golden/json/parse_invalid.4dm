// Malformed JSON is an error that gives its line and offset
var $o : Object
$o:=JSON Parse("{\"a\": 1,\n \"b\" 2}")
// expect runtime error: JSON parse error: ':' was expected at line 2, offset 5
