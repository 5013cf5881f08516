// CLEAR VARIABLE resets a variable to its type's default value; arrays lose their elements
var $t : Text
var $n : Integer
var $r : Real
var $o : Object
var $c : Collection
var $d : Date
var $h : Time
var $b : Boolean
var $blob : Blob
$t:="abc"
$n:=5
$r:=2.5
$o:={a: 1}
$c:=[1]
$d:=!2024-01-02!
$h:=?10:00:00?
$b:=True
TEXT TO BLOB("xyz"; $blob)
CLEAR VARIABLE($t)
CLEAR VARIABLE($n)
CLEAR VARIABLE($r)
CLEAR VARIABLE($o)
CLEAR VARIABLE($c)
CLEAR VARIABLE($d)
CLEAR VARIABLE($h)
CLEAR VARIABLE($b)
CLEAR VARIABLE($blob)
ALERT("["+$t+"] "+String($n)+" "+String($r)+" "+String($o=Null)+" "+String($c=Null))  // expect: [] 0 0 True True
ALERT(String($d=!00-00-00!)+" "+String($h=?00:00:00?)+" "+String($b)+" "+String(BLOB size($blob)))  // expect: True True False 0
ARRAY TEXT($at; 3)
$at{0}:="zero"
$at{1}:="one"
$at:=1
CLEAR VARIABLE($at)
ALERT(String(Size of array($at))+" ["+$at{0}+"]")  // expect: 0 []
// through a pointer: the variable pointed to is cleared; the pointer itself when passed alone
var $p : Pointer
vText:="process"
$p:=->vText
CLEAR VARIABLE($p->)
ALERT("["+vText+"] "+String(Is nil pointer($p)))  // expect: [] False
CLEAR VARIABLE($p)
ALERT(String(Is nil pointer($p)))  // expect: True
<>shared:=42
CLEAR VARIABLE(<>shared)
ALERT(String(<>shared))  // expect: 0
