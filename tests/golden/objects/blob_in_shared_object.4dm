// A scalar blob put in a shared object becomes a 4D.Blob, which may be shared
var $b : Blob
var $s : Object
SET BLOB SIZE($b; 4)
$s:=New shared object
Use($s)
	$s.data:=$b
End use
ALERT(String(Value type($s.data))+" "+String($s.data.size))  // expect: 38 4
