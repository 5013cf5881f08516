// A pointer cannot be stored in an element of a shared collection
var $x : Text
var $c : Collection
$c:=New shared collection
Use($c)
	$c[0]:=->$x
End use
// expect runtime error: Not supported value type in a shared object or collection
