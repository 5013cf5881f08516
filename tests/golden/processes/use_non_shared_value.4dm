// A shared object can only hold scalars and other shared objects or collections
var $shared : Object
$shared:=New shared object
Use ($shared)
	$shared.list:=New shared collection(1; 2)
	$shared.text:="fine"
	ALERT(JSON Stringify($shared))  // expect: {"list":[1,2],"text":"fine"}
	$shared.plain:=New object("x"; 1)
End use
// expect runtime error: Not supported value type in a shared object or collection
