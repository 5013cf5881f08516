// New object and object literals with constant names keep their rules (numbers Real, undefined left out)
var $i : Integer
var $t : Time
var $u : Object
$i:=3
$t:=?01:00:00?
ALERT(JSON Stringify(New object("a"; $i; "b"; "x"; "c"; True)))  // expect: {"a":3,"b":"x","c":true}
ALERT(String(Value type(New object("a"; $i).a)=Is real))  // expect: True
ALERT(JSON Stringify(New object("a"; $i; "t"; $t; "u"; $u.missing; "r"; 1.5)))  // expect: {"a":3,"t":3600,"r":1.5}
ALERT(JSON Stringify({a: $i; t: $t; u: $u.missing; n: Null}))  // expect: {"a":3,"t":3600,"n":null}
ALERT(JSON Stringify(New object("a"; 1; "a"; 2)))  // expect: {"a":2}
ALERT(JSON Stringify({a: 1; a: $i}))  // expect: {"a":3}
ALERT(String(OB Instance of(New object("a"; 1); 4D.Object)))  // expect: True
ALERT(String(OB Class(New object("a"; $i))=4D.Object))  // expect: True
