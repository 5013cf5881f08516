// Declared variables start at their type's default value
var $t : Text
var $r : Real
var $i : Integer
var $b : Boolean
var $d : Date
var $h : Time
var $o : Object
var $c : Collection
var $v : Variant
ALERT("["+$t+"]")  // expect: []
ALERT(String($r)+" "+String($i))  // expect: 0 0
ALERT(String($b))  // expect: False
ALERT(String($d))  // expect: 00/00/00
ALERT(String($h))  // expect: 00:00:00
ALERT(String($o=Null)+" "+String($c=Null))  // expect: True True
ALERT(String(Undefined($v)))  // expect: True
ALERT(String(Value type($i))+" "+String(Value type($r)))  // expect: 9 1
