// equal() compares contents deeply; ck diacritical makes text comparison exact
var $a; $b : Collection
$a:=New collection(New object("k"; "Été"; "n"; 1); New collection(1; 2))
$b:=New collection(New object("k"; "ete"; "n"; 1); New collection(1; 2))
ALERT(String($a.equal($b)))  // expect: True
ALERT(String($a.equal($b; ck diacritical)))  // expect: False
ALERT(String($a.equal(New collection(New object("k"; "ete"); New collection(1; 2)))))  // expect: False
ALERT(String($a.equal($b.slice(0; 1))))  // expect: False
ALERT(String(New collection("a@").equal(New collection("abc"))))  // expect: False
