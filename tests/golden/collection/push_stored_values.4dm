// $c.push(v) on a Collection variable: values stored as collections keep them
var $c : Collection
var $i : Integer
$c:=[]
$i:=7
$c.push($i).push(?00:01:00?)
$c.push(Null)
ALERT(JSON Stringify($c)+" "+String(Value type($c[0])=Is real))  // expect: [7,60,null] True
ALERT(String($c.push("z").length))  // expect: 4
$c:=New shared collection
$c.push(1)
ALERT(String($c.length))  // expect: 1
$c:=Null
$c.push(1)
// expect runtime error: null
