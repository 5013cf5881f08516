// Properties written under names computed at run time can hide a class function:
// This.fib() keeps its own-property check
var $f; $g : cs.Fib
$f:=cs.Fib.new()
ALERT(String($f.sum(10)))  // expect: 110
var $name : Text
$name:="fi"+"b"
OB SET($f; $name; Formula(42))
ALERT(String($f.sum(10)))  // expect: 84
$g:=cs.Fib.new()
$g[$name]:=Formula($1*3)
ALERT(String($g.sum(10)))  // expect: 60
// a number as the key writes no property
var $c : Collection
var $i : Integer
$c:=[1; 2]
$i:=1
$c[$i]:=5
ALERT(String($c[1]))  // expect: 5
