// A pointer cannot be stored in a shared object's property
var $x : Text
var $s : Object
$s:=New shared object
Use($s)
	$s.p:=->$x
End use
// expect runtime error: Not supported value type in a shared object or collection
