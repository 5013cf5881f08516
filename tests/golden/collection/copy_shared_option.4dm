// copy(ck shared) makes a shared copy that can go into a shared collection
var $c; $root; $copy : Collection
$c:=New collection("a"; 1)
$root:=New shared collection
$copy:=$c.copy(ck shared)
$root.push($copy)
ALERT(JSON Stringify($root))  // expect: [["a",1]]
$root.push($c)  // expect runtime error: Not supported value type in a shared object or collection
