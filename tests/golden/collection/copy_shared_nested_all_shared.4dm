// copy(ck shared) shares every level, so the nested parts can go into the same group
var $tree; $copy : Collection
$tree:=[{leaf: [1; 2]}; [{deep: True}]]
$copy:=$tree.copy(ck shared)
ALERT(String(OB Is shared($copy[0]))+" "+String(OB Is shared($copy[0].leaf))+" "+String(OB Is shared($copy[1][0])))  // expect: True True True
Use($copy)
	$copy[0].leaf.push(3)
End use
ALERT(JSON Stringify($copy))  // expect: [{"leaf":[1,2,3]},[{"deep":true}]]
