// An object or collection reference given in querySettings matches by reference
var $o1; $o2 : Object
var $c : Collection
$o1:=New object("a"; 1)
$o2:=New object("a"; 1)
$c:=New collection(New object("k"; "x"; "o"; $o1); New object("k"; "y"; "o"; $o2); New object("k"; "z"; "o"; $o1))
ALERT(JSON Stringify($c.query("o = :v"; New object("parameters"; New object("v"; $o1))).extract("k")))  // expect: ["x","z"]
ALERT(JSON Stringify($c.query("o # :v"; New object("parameters"; New object("v"; $o1))).extract("k")))  // expect: ["y"]
