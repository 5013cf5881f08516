var $p : cs.Point
$p:=cs.Point.new(3; 4)
ALERT(String(Round($p.length(); 3)))  // expect: 5
ALERT($p.moved(1; 1).describe())  // expect: (4, 5)
ALERT(JSON Stringify($p))  // expect: {"x":3,"y":4}
ALERT(OB Class($p).name)  // expect: Point
ALERT(String(OB Instance of($p; cs.Point)))  // expect: True
ALERT(String(OB Instance of($p; 4D.Object)))  // expect: True
ALERT(String(OB Instance of({}; cs.Point)))  // expect: False
$f:=$p.describe
ALERT($f.call({x: 0; y: 1}))  // expect: (0, 1)
ALERT($p.describe.apply({x: 7; y: 8}))  // expect: (7, 8)
ALERT(cs.Point.name+" "+cs.Point.superclass.name)  // expect: Point Object
