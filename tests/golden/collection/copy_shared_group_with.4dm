// copy(ck shared; groupWith) puts the copy (and its shared contents) in groupWith's group
var $c; $root : Collection
$c:=New collection(New object("n"; 1))
$root:=New shared collection
$root.push($c.copy(ck shared; $root))
ALERT(JSON Stringify($root))  // expect: [[{"n":1}]]
$root.push($c.copy(ck shared))  // expect runtime error: This shared collection already belongs to another shared group
