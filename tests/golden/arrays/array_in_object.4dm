// An array is not a value objects or collections hold: OB SET ARRAY and ARRAY TO COLLECTION copy it
ARRAY LONGINT($n;2)
$o:={}
Try
	$o.list:=$n
Catch
	ALERT(Last errors[0].message)  // expect: Incompatible types: an array ($n) cannot be stored in an object or a collection (use OB SET ARRAY or ARRAY TO COLLECTION)
End try
// JSON Stringify writes an array's elements; a pointer to one too
$n{1}:=4
ALERT(JSON Stringify($n))  // expect: [4,0]
$o.ref:=->$n
ALERT(JSON Stringify($o))  // expect: {"ref":[4,0]}
$copy:=OB Copy($o;True)
$n{2}:=9
ALERT(JSON Stringify($copy.ref)+" "+String(Value type($copy.ref)=Is collection))  // expect: [4,0] True
$c:=[$n]
// expect runtime error: an array ($n) cannot be stored in an object or a collection
