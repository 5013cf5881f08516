// OB Copy keeps pointers, or resolves them with True or ck resolve pointers
var $label : Text
var $o; $kept; $resolved; $flagged : Object
$label:="first"
$o:=New object("label"; ->$label)
$kept:=OB Copy($o)
$resolved:=OB Copy($o; True)
$flagged:=OB Copy($o; ck resolve pointers)
$label:="second"
ALERT(String(Value type($kept.label)))  // expect: 23
ALERT(JSON Stringify($kept))  // expect: {"label":"second"}
ALERT(JSON Stringify($resolved))  // expect: {"label":"first"}
ALERT(JSON Stringify($flagged))  // expect: {"label":"first"}
