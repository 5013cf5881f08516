// VARIABLE TO BLOB and BLOB TO VARIABLE: every kind of variable round-trips, one after another
var $b : Blob
var $off : Integer
var $t : Text
var $r : Real
var $i : Integer
var $d : Date
var $h : Time
var $ok : Boolean
var $o : Object
var $c : Collection
$t:="héllo"
$r:=3.25
$i:=7
$d:=!2024-02-29!
$h:=?01:02:03?
$ok:=True
$o:={name: "x"; list: [1; 2]}
$c:=["a"; {b: 1}]
ARRAY TEXT($at; 2)
$at{1}:="one"
$at{2}:="two"
ARRAY LONGINT($al; 0)
APPEND TO ARRAY($al; 5)
VARIABLE TO BLOB($t; $b)
VARIABLE TO BLOB($r; $b; *)
VARIABLE TO BLOB($i; $b; *)
VARIABLE TO BLOB($d; $b; *)
VARIABLE TO BLOB($h; $b; *)
VARIABLE TO BLOB($ok; $b; *)
VARIABLE TO BLOB($o; $b; *)
VARIABLE TO BLOB($c; $b; *)
VARIABLE TO BLOB($at; $b; *)
VARIABLE TO BLOB($al; $b; *)
ALERT(String(OK))  // expect: 1
CLEAR VARIABLE($t)
CLEAR VARIABLE($r)
CLEAR VARIABLE($i)
CLEAR VARIABLE($d)
CLEAR VARIABLE($h)
CLEAR VARIABLE($ok)
CLEAR VARIABLE($o)
CLEAR VARIABLE($c)
ARRAY TEXT($at; 0)
ARRAY LONGINT($al; 0)
$off:=0
BLOB TO VARIABLE($b; $t; $off)
BLOB TO VARIABLE($b; $r; $off)
BLOB TO VARIABLE($b; $i; $off)
BLOB TO VARIABLE($b; $d; $off)
BLOB TO VARIABLE($b; $h; $off)
BLOB TO VARIABLE($b; $ok; $off)
BLOB TO VARIABLE($b; $o; $off)
BLOB TO VARIABLE($b; $c; $off)
BLOB TO VARIABLE($b; $at; $off)
BLOB TO VARIABLE($b; $al; $off)
ALERT(String(OK)+" "+String($off=BLOB size($b)))  // expect: 1 True
ALERT($t+" "+String($r)+" "+String($i)+" "+String($d=!2024-02-29!)+" "+String($h=?01:02:03?)+" "+String($ok))  // expect: héllo 3.25 7 True True True
ALERT(JSON Stringify($o)+" "+JSON Stringify($c))  // expect: {"name":"x","list":[1,2]} ["a",{"b":1}]
ALERT(String(Size of array($at))+" "+$at{2}+" "+String($al{1}))  // expect: 2 two 5
// a blob that holds no stored variable: OK=0, the variable unchanged
var $junk : Blob
TEXT TO BLOB("junk"; $junk)
BLOB TO VARIABLE($junk; $t)
ALERT(String(OK)+" "+$t)  // expect: 0 héllo
// pointers cannot be stored
var $p : Pointer
$p:=->$t
Try
	VARIABLE TO BLOB($p; $b)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10702 0
End try
// stored, compressed, written to disk and back (the documented use)
VARIABLE TO BLOB($at; $b)
COMPRESS BLOB($b)
BLOB TO DOCUMENT("array.bin"; $b)
DOCUMENT TO BLOB("array.bin"; $b)
var $mode : Integer
BLOB PROPERTIES($b; $mode)
If ($mode#0)  // a blob under 255 bytes is not compressed
	EXPAND BLOB($b)
End if
ARRAY TEXT($back; 0)
BLOB TO VARIABLE($b; $back)
ALERT($back{1}+" "+$back{2})  // expect: one two
