// A shared object put inside another joins its shared group for good: it
// cannot then be put into an object of another group, even once removed
var $left; $right; $item : Object
$left:=New shared object
$right:=New shared object
$item:=New shared object("name"; "item")
Use ($left)
	$left.item:=$item
	$left.item:=Null
End use
Use ($item)
	$item.name:="still grouped with left"
End use
ALERT($item.name)  // expect: still grouped with left
Use ($right)
	$right.item:=$item
End use
// expect runtime error: This shared object already belongs to another shared group
