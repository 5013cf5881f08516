// Try(expression) as the initial value of a declaration (after := it is Try(), not a name)
var $a : Integer:=Try(1+1)
ALERT(String($a))  // expect: 2
var $b:=Try(1\0)
ALERT(String(Undefined($b))+" "+Last errors[0].message)  // expect: True Division by zero
var $c : Text:="x"+Try(String(3))
ALERT($c)  // expect: x3
// on a declaration line, try before := is a name (a variable or a property may be called try)
var try : Text
var $o : Object:={try: 1}
ALERT(String($o.try))  // expect: 1
var $m:=1+Try(2)
ALERT(String($m))  // expect: 3
