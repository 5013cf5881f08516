// Every array has an element zero, free for the code's own use
ARRAY TEXT($colors;2)
$colors{0}:="(none)"
$colors{1}:="teal"
$colors{2}:="rust"
ALERT($colors{0})  // expect: (none)
ALERT(JSON Stringify array($colors))  // expect: ["teal","rust"]
SORT ARRAY($colors;>)
ALERT($colors{0}+" "+$colors{1})  // expect: (none) rust
INSERT IN ARRAY($colors;1)
ALERT($colors{0}+"|"+$colors{1}+"|"+$colors{2})  // expect: (none)||rust
ARRAY TEXT($colors;5)
ALERT($colors{0})  // expect: (none)
ALERT(String(Find in array($colors;"(none)";0))+" "+String(Count in array($colors;"(none)")))  // expect: -1 0
