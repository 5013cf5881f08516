// find() with startFrom past the end searches nothing and gives undefined (findIndex gives -1)
var $c : Collection
$c:=[4; 8; 15]
ALERT(String(Value type($c.find(3; Formula(True)))=Is undefined))  // expect: True
ALERT(String($c.findIndex(3; Formula(True))))  // expect: -1
ALERT(String($c.find(-1; Formula($1.value>5))))  // expect: 15
ALERT(String($c.findIndex(-2; Formula($1.value>5))))  // expect: 1
ALERT(String(Value type([].find(Formula(True)))=Is undefined))  // expect: True
