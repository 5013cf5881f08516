// groupWith puts the shared copy in the shared group of another shared object
var $home; $copy : Object
$home:=New shared object("items"; New shared object)
$copy:=OB Copy({x: 1; inner: {y: 2}}; ck shared; $home)
Use($home)
	$home.items.copy:=$copy
End use
ALERT(String($home.items.copy.inner.y))  // expect: 2
