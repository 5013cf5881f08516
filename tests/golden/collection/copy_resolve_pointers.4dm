// copy(ck resolve pointers) replaces pointers by the values they point to
var $name : Text
var $c; $kept; $resolved : Collection
$name:="Ann"
$c:=New collection(->$name)
$kept:=$c.copy()
$resolved:=$c.copy(ck resolve pointers)
ALERT(String(Value type($kept[0])=Is pointer))  // expect: True
ALERT(String(Value type($resolved[0])=Is text))  // expect: True
ALERT($resolved[0])  // expect: Ann
