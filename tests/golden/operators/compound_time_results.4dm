// Compound assignment on a Variant time: result types follow the operator table
$a:=?02:00:00?
$a-=?00:30:00?
ALERT(String(Value type($a)=Is time)+" "+String($a))  // expect: True 01:30:00
$a+=30
ALERT(String(Value type($a)=Is real)+" "+String($a))  // expect: True 5430
$b:=?00:00:20?
$b/=4
ALERT(String(Value type($b)=Is real)+" "+String($b))  // expect: True 5
$c:="ab"
$c*=3
ALERT($c)  // expect: ababab
