// Collections receive the whole match (element 0) and each capture group
var $pos; $len : Collection
$pos:=[]
$len:=[]
ALERT(String(Match regex("(\\w+)@(\\w+)"; "mail: ann@example"; 1; $pos; $len)))  // expect: True
ALERT(JSON Stringify($pos))  // expect: [7,7,11]
ALERT(JSON Stringify($len))  // expect: [11,3,7]
// a pointer to a collection works too; a group that took no part gives 0
var $p2 : Collection:=[]
ALERT(String(Match regex("(a)|(b)"; "b"; 1; ->$p2; $len)))  // expect: True
ALERT(JSON Stringify($p2))  // expect: [1,0,1]
