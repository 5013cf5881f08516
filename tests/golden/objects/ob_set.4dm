// OB SET creates or replaces properties, several pairs at once
var $o : Object
$o:={}
OB SET($o; "a"; 1; "b"; "two")
OB SET($o; "a"; 3)
ALERT(JSON Stringify($o))  // expect: {"a":3,"b":"two"}
var $inner : Object
$inner:={x: 1}
OB SET($o; "inner"; $inner)
$inner.x:=9
ALERT(String($o.inner.x))  // expect: 9
