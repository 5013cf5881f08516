// Object and collection literals
var $o : Object
var $c : Collection
$o:={a: 1; b: "x"; c: {}; d: [1; "two"; {e: Null}]; "with space": True}
ALERT(JSON Stringify($o))  // expect: {"a":1,"b":"x","c":{},"d":[1,"two",{"e":null}],"with space":true}
$c:=[]
ALERT(String($c.length))  // expect: 0
$c:=[[1; 2]; [3]]
ALERT(JSON Stringify($c))  // expect: [[1,2],[3]]
ALERT(String($o.d[2].e=Null))  // expect: True
