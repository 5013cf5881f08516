// OB SET, OB SET NULL and OB REMOVE also take an explicit pointer to the object variable
var $o : Object
var $p : Pointer
$p:=->$o
OB SET($p; "a"; 1; "b"; 2)
OB SET NULL(->$o; "c")
OB REMOVE($p; "a")
ALERT(JSON Stringify($o))  // expect: {"b":2,"c":null}
