// Without ck shared, shared properties come out as regular objects and collections
var $source; $copy : Object
$source:=New object("box"; New shared object("k"; "v"); "list"; New shared collection(1))
$copy:=OB Copy($source)
ALERT(String(OB Is shared($copy.box))+" "+String(OB Is shared($copy.list)))  // expect: False False
$copy.box.k:="changed"  // no Use needed
ALERT($source.box.k+" "+$copy.box.k)  // expect: v changed
