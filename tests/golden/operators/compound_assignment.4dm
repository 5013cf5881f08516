// Compound assignment operators
var $x : Real
var $t : Text
var $d : Date
var $o : Object
$x:=2
$x+=5
ALERT(String($x))  // expect: 7
$x-=1
$x*=10
$x/=4
ALERT(String($x))  // expect: 15
$t:="Hello"
$t+=" World"
ALERT($t)  // expect: Hello World
$t:="ab"
$t*=2
ALERT($t)  // expect: abab
$d:=!2000-11-10!
$d+=10
ALERT(String($d))  // expect: 11/20/2000
$o:={n: 1; c: [10]}
$o.n+=1
$o.c[0]*=3
ALERT(JSON Stringify($o))  // expect: {"n":2,"c":[30]}
