// Without groupWith, a shared copy (with shared sub-objects) forms its own group
var $home; $copy : Object
$home:=New shared object("items"; New shared object)
$copy:=OB Copy({x: 1; inner: {y: 2}}; ck shared)
Use($home)
	$home.items.copy:=$copy
End use
// expect runtime error: This shared object already belongs to another shared group
