// copy() of a shared collection is plain down to its nested shared objects
var $shared; $plain : Collection
$shared:=New shared collection(New shared object("n"; 1); New shared collection("x"))
$plain:=$shared.copy()
ALERT(String(OB Is shared($plain))+" "+String(OB Is shared($plain[0]))+" "+String(OB Is shared($plain[1])))  // expect: False False False
$plain[0].n:=2  // no Use needed
$plain[1].push("y")
ALERT(JSON Stringify($plain)+" "+JSON Stringify($shared))  // expect: [{"n":2},["x","y"]] [{"n":1},["x"]]
