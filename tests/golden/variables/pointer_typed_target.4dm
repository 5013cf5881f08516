// Assigning through a pointer follows the declared type of the variable
var $n : Integer
var $p : Pointer
$p:=->$n
$p->:=3.7
ALERT(String($n))  // expect: 4
ALERT(String($p->+1))  // expect: 5
