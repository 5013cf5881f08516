// multiSort(): {collection; order} objects are second-level sort keys
var $group; $name; $score : Collection
$group:=New collection("x"; "y"; "x"; "y")
$name:=New collection("d"; "c"; "b"; "a")
$score:=New collection(1; 2; 3; 4)
$group.multiSort(New collection($score; New object("collection"; $name; "order"; ck ascending)))
ALERT(JSON Stringify($group))  // expect: ["x","x","y","y"]
ALERT(JSON Stringify($name))  // expect: ["b","d","a","c"]
ALERT(JSON Stringify($score))  // expect: [3,1,4,2]
