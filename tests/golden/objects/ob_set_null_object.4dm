// run4d cannot create an object in a Null variable through OB SET: assign one first
var $o : Object
OB SET($o; "a"; 1)
// expect runtime error: Parameter 1 of OB SET: Object expected, got Null
