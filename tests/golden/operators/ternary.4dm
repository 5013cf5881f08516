// The ternary operator tests truthiness
var $age : Integer
$age:=26
ALERT(($age>=21) ? "Beer" : "Juice")  // expect: Beer
ALERT("" ? "yes" : "no")  // expect: no
ALERT(0 ? "zero is truthy" : "no")  // expect: zero is truthy
