// A scalar blob stored in a property, an object or collection literal, or an element becomes a 4D.Blob
var $b; $back : Blob
var $o : Object
var $c : Collection
SET BLOB SIZE($b; 3; 0x41)
$o:={literal: $b}
$o.prop:=$b
$o["key"]:=$b
$c:=[$b]
$c[2]:=$b
ALERT(String(Value type($o.literal))+" "+String(Value type($o.prop))+" "+String(Value type($o.key)))  // expect: 38 38 38
ALERT(String(Value type($c[0]))+" "+String(Value type($c[1]))+" "+String(Value type($c[2])))  // expect: 38 255 38
ALERT(String(OB Instance of($o.prop; 4D.Blob)))  // expect: True
SET BLOB SIZE($b; 0)
ALERT(String($o.prop.size)+" "+String($c[2].size))  // expect: 3 3
$back:=$o.prop
ALERT(String(Value type($back))+" "+Convert to text($back; "US-ASCII"))  // expect: 30 AAA
