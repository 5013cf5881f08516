// indexOf() uses 4D's = : case-insensitive, @ wildcard, startFrom
var $c : Collection
$c:=New collection("Paul"; 3; "alice"; 3; "ALAN")
ALERT(String($c.indexOf(3)))  // expect: 1
ALERT(String($c.indexOf(3; 2)))  // expect: 3
ALERT(String($c.indexOf("al@")))  // expect: 2
ALERT(String($c.indexOf("al@"; -1)))  // expect: 4
ALERT(String($c.indexOf("PAUL")))  // expect: 0
ALERT(String($c.indexOf("bob")))  // expect: -1
ALERT(String($c.indexOf(3; 10)))  // expect: -1
