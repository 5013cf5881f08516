// Try(expression) as the initial value of a declaration (after := it is Try(), not a name)
var $a : Integer:=Try(1+1)
ALERT(String($a))  // expect: 2
var $b:=Try(1\0)
ALERT(String(Undefined($b))+" "+Last errors[0].message)  // expect: True Division by zero
var $c : Text:="x"+Try(String(3))
ALERT($c)  // expect: x3
