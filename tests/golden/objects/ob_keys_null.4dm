// OB Keys of a Null object is an empty collection; of a non-object an error
var $o : Object
ALERT(String(OB Keys($o).length))  // expect: 0
ALERT(String(OB Entries($o).length))  // expect: 0
$c:=OB Keys("text")
// expect runtime error: Parameter 1 of OB Keys: Object expected, got Text
