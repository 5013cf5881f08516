// every() and some() stop at the first decisive element; startFrom skips elements
var $c : Collection
var $positive : 4D.Function
$positive:=Formula($1.value>0)
$c:=New collection(-1; 2; 3)
ALERT(String($c.every($positive)))  // expect: False
ALERT(String($c.every(1; $positive)))  // expect: True
ALERT(String($c.some($positive)))  // expect: True
ALERT(String($c.some(-3; Formula($1.value>$2); 5)))  // expect: False
ALERT(String($c.every(5; $positive)))  // expect: False
