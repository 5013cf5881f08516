// includes() compares objects by reference, scalars by value
var $o : Object
var $c : Collection
$o:=New object("v"; 1)
$c:=New collection(1; "Hello"; $o)
ALERT(String($c.includes($o)))  // expect: True
ALERT(String($c.includes(New object("v"; 1))))  // expect: False
ALERT(String($c.includes("hello")))  // expect: True
ALERT(String($c.includes(1; 1)))  // expect: False
