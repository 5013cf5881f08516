// A shared object cannot hold a plain (not shared) object
var $s : Object
$s:=New shared object("inner"; New object("a"; 1))
// expect runtime error: Not supported value type in a shared object or collection
