// Shared objects hold no pointers (nor pictures)
var $x : Text
var $s : Object
$s:=New shared object("p"; ->$x)
// expect runtime error: Not supported value type in a shared object or collection
