// USE SET and USE NAMED SELECTION are commands; Use (...) opens a block
$o:=New shared object:C1526
Use ($o)
	$o.a:=1
End use
ALERT(String($o.a))  // expect: 1
$r:=Try(USE SET:C118("mySet"))
ALERT(Last errors[0].message)  // expect: The set mySet does not exist
$r:=Try(USE NAMED SELECTION("sel"))
ALERT(Last errors[0].message)  // expect: The named selection sel does not exist
