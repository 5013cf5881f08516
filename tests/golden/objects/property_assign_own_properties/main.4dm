// $o.a:=<expression of $o's properties>: values stored as 4D stores them, whatever $o holds
var $o : Object
var $n : Integer
$o:={a: 1; t: "x"}
$n:=4
$o.b:=$o.a+$n
ALERT(String($o.b)+" "+String(Value type($o.b)=Is real))  // expect: 5 True
$o.c:=$o.missing
ALERT(String(OB Is defined($o; "c")))  // expect: False
$o.t:=$o.t+$o.t
ALERT($o.t)  // expect: xx
$o.d:=?01:00:00?
$o.e:=$o.d+60
ALERT(String($o.e)+" "+String(Value type($o.e)=Is real))  // expect: 3660 True
$o.f:=($o.a>0) ? $o.t : $o.a
ALERT($o.f)  // expect: xx
$o:=cs.Temperature.new()
$o.celsius:=$o.celsius+100
ALERT(String($o.fahrenheit))  // expect: 212
$o:=Null
$o.a:=$o.n+1
// expect runtime error: Incompatible types: undefined + Number
