// join() writes null for Null elements unless ck ignore null or empty
var $c : Collection
$c:=New collection(1; "two"; Null; ""; 3.5)
ALERT($c.join(", "))  // expect: 1, two, null, , 3.5
ALERT($c.join("-"; ck ignore null or empty))  // expect: 1-two-3.5
