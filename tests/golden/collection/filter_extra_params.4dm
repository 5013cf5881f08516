// filter() keeps the elements whose callback returns True; extra params are $2...
var $c; $r : Collection
$c:=New collection("ant"; 3; "bee"; "caterpillar"; "fly")
$r:=$c.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<=$2)); 3)
ALERT(JSON Stringify($r))  // expect: ["ant","bee","fly"]
ALERT(String($c.length))  // expect: 5
