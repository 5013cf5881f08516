// max()/min() with a property path
var $c : Collection
$c:=New collection(New object("n"; "Bo"; "s"; 10); New object("n"; "al"; "s"; 30); New object("s"; 20))
ALERT(String($c.max("s")))  // expect: 30
ALERT(String($c.min("s")))  // expect: 10
ALERT($c.max("n"))  // expect: Bo
ALERT($c.min("n"))  // expect: al
