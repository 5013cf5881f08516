// Is nil pointer and Is a variable
var $p : Pointer
ALERT(String(Is nil pointer($p))+" "+String(Is a variable($p)))  // expect: True False
ALERT(String($p=Null))  // expect: True
$x:=1
$p:=->$x
ALERT(String(Is nil pointer($p))+" "+String(Is a variable($p)))  // expect: False True
ARRAY POINTER($ptrs;1)
ALERT(String(Is nil pointer($ptrs{1})))  // expect: True
ARRAY REAL($r;2)
ALERT(String(Is a variable(->$r))+" "+String(Is a variable(->$r{1})))  // expect: True True
ALERT(String(Is nil pointer(5)))
// expect runtime error: Parameter 1 of Is nil pointer: Pointer expected, got Number
