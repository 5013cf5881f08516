// obj.$x and obj.$ are property names; keywords are names after a dot and as object keys
$o:={function: 1; property: 2; if: 3}
$o.$x:=4
$o.$:=5
ALERT(String($o.function+$o.property+$o.if+$o.$x+$o.$))  // expect: 15
$c:=["a"; "b"]
For each (property; $c)
	ALERT(property)
End for each
// expect: a
// expect: b
