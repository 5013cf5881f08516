// A pointer to an element keeps its element number; reading and writing go to that element
ARRAY TEXT($cells;3)
$i:=2
$e:=->$cells{$i}
$i:=3
$e->:="middle"
ALERT($cells{2})  // expect: middle
ALERT($e->)  // expect: middle
ARRAY REAL($matrix;2;2)
$m:=->$matrix{2}{1}
$m->:=1.25
ALERT(String($matrix{2}{1}))  // expect: 1.25
$zero:=->$cells{0}
$zero->:="header"
ALERT($cells{0})  // expect: header
ALERT(String($e))  // expect: ->$cells{2}
$far:=->$cells{7}
// expect runtime error: Array capacity exceeded: $cells{7} is out of range (the array has 3 elements)
