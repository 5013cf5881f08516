// Objects and collections compare by reference
var $a; $b; $c : Object
$a:={k: 42}
$b:={k: 42}
$c:=$a
ALERT(String($a=$b))  // expect: False
ALERT(String($a=$c))  // expect: True
$c.k:=1
ALERT(String($a.k))  // expect: 1
