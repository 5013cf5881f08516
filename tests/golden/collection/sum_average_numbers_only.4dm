// sum() and average() only use numeric values
var $c : Collection
$c:=New collection(10; "20"; True; 5; Null)
ALERT(String($c.sum()))  // expect: 15
ALERT(String($c.average()))  // expect: 7.5
$c:=New collection(New object("p"; 2); New object("p"; 4); New object("q"; 100))
ALERT(String($c.sum("p")))  // expect: 6
ALERT(String($c.average("p")))  // expect: 3
