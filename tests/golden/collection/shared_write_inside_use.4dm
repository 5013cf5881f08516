// Inside Use...End use, elements of a shared collection can be written
var $s : Collection
$s:=New shared collection("a"; "b")
Use($s)
	$s[1]:="c"
	$s[3]:="e"
End use
ALERT(JSON Stringify($s))  // expect: ["a","c",null,"e"]
