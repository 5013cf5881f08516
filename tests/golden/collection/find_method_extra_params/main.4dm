// find(), some() and every() with a method name receive the extra parameters
var $c : Collection
$c:=New collection("pear"; "apple"; "plum")
ALERT($c.find("startsWith"; "p"; "l"))  // expect: plum
ALERT(String($c.some("startsWith"; "a"; "p")))  // expect: True
ALERT(String($c.every("startsWith"; "p"; "")))  // expect: False
ALERT(String($c.findIndex(1; "startsWith"; "p"; "")))  // expect: 2
