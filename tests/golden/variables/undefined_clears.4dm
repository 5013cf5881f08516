// Assigning undefined to a typed variable gives it its type's default value
var $n : Integer
var $t : Text
var $o : Object
$o:=New object
$n:=10
$t:="x"
$n:=$o.missing
$t:=$o.missing
ALERT(String($n)+"["+$t+"]")  // expect: 0[]
