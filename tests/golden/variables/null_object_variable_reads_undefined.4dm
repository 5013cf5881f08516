// A variable declared Object or Collection that holds null reads its members as undefined
// (dt_object.md: "Reading a property of an undefined object or value returns undefined");
// a null value reached through a property is still an error.
var $o : Object
var $n : Integer
$n:=10
$n:=$o.a
ALERT(String($n))  // expect: 0
If ($o.a)
	ALERT("true")
Else
	ALERT("false")  // expect: false
End if
ALERT(String(Undefined($o.a.b)))  // expect: True
ALERT(String(Undefined($o["a"])))  // expect: True
var $c : Collection
ALERT(String($c.length))  // expect: 0
ALERT(String(Undefined($c[2])))  // expect: True
ALERT(String($o=Null))  // expect: True
$o:={inner: Null}
$n:=$o.inner.x
// expect runtime error: Cannot read property "x" of null
