// OB SET ARRAY stores an array's elements as a collection property
var $team : Object
ARRAY TEXT($members;2)
$members{1}:="Noor"
$members{2}:="Ines"
OB SET ARRAY($team;"members";$members)
ALERT(JSON Stringify($team))  // expect: {"members":["Noor","Ines"]}
APPEND TO ARRAY($members;"Olu")
ALERT(String($team.members.length))  // expect: 2
OB SET ARRAY($team;"members";$members)
OB SET ARRAY($team;"lead";$members{1})
ALERT(JSON Stringify($team))  // expect: {"members":["Noor","Ines","Olu"],"lead":["Noor"]}
ARRAY OBJECT($kids;0)
APPEND TO ARRAY($kids;{name: "Ty"; age: 4})
OB SET ARRAY($team;"kids";$kids)
ALERT(JSON Stringify($team.kids))  // expect: [{"name":"Ty","age":4}]
ARRAY LONGINT($grid;1;1)
OB SET ARRAY($team;"grid";$grid)
// expect runtime error: OB SET ARRAY cannot store a two-dimensional array ($grid)
