(// For each over collections (with begin/end), objects (property names) and Null
var $c; $out : Collection
var $o : Object
$c:=["a"; "b"; "c"; "d"; "e"]
$out:=[]
For each ($item; $c; 1; 3)
	$out.push($item)
End for each
ALERT(JSON Stringify($out))  // expect: ["b","c"]
$out:=[]
For each ($item; $c; -2)
	$out.push($item)
End for each
ALERT(JSON Stringify($out))  // expect: ["d","e"]
$o:={first: 1; second: 2}
For each ($key; $o)
	ALERT($key+"="+String($o[$key]))
End for each
// expect: first=1
// expect: second=2
$c:=Null
For each ($item; $c)
	ALERT("never")
End for each
ALERT("done")  // expect: done
