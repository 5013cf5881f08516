// var declares several names of one type, with ";" (or the older ",")
var $x; $y : Integer
var $p, $q : Text
$x:=1
$y:=2
$p:="p"
$q:="q"
ALERT(String($x+$y)+$p+$q)  // expect: 3pq
