// lastIndexOf() searches backwards from startFrom
var $c : Collection
$c:=Split string("a,b,a,c,a"; ",")
ALERT(String($c.lastIndexOf("a")))  // expect: 4
ALERT(String($c.lastIndexOf("a"; 3)))  // expect: 2
ALERT(String($c.lastIndexOf("a"; 99)))  // expect: 4
ALERT(String($c.lastIndexOf("a"; -2)))  // expect: 2
ALERT(String($c.lastIndexOf("a"; -9)))  // expect: -1
ALERT(String($c.lastIndexOf("z")))  // expect: -1
