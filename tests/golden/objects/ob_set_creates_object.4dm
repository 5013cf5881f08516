// OB SET and OB SET NULL create the object of a variable holding Null (by reference, as in 4D)
var $o; $n : Object
OB SET($o; "a"; 1; "b"; "two")
ALERT(JSON Stringify($o))  // expect: {"a":1,"b":"two"}
OB SET NULL($n; "x")
ALERT(JSON Stringify($n))  // expect: {"x":null}
OB SET($untyped; "k"; True)
ALERT(JSON Stringify($untyped))  // expect: {"k":true}
OB SET(vProcessObject; "p"; 2)
ALERT(JSON Stringify(vProcessObject))  // expect: {"p":2}
OB SET(<>registry; "q"; 3)
ALERT(JSON Stringify(<>registry))  // expect: {"q":3}
