// INTEGER/LONGINT TO BLOB and back: byte orders, replacing, appending (*), offset variables
var $b : Blob
var $t : Text
var $off : Integer
INTEGER TO BLOB(0x0206; $b; 1)  // Macintosh byte ordering: big-endian
BASE64 ENCODE($b; $t)
ALERT($t+" "+String(BLOB size($b)))  // expect: AgY= 2
INTEGER TO BLOB(0x0206; $b; 2)  // PC byte ordering: little-endian
BASE64 ENCODE($b; $t)
ALERT($t)  // expect: BgI=
INTEGER TO BLOB(0x0206; $b; 0)  // native: little-endian here
BASE64 ENCODE($b; $t)
ALERT($t)  // expect: BgI=
SET BLOB SIZE($b; 100)
$off:=50
INTEGER TO BLOB(518; $b; 1; $off)
ALERT(String(BLOB size($b))+" "+String($off)+" "+String(BLOB to integer($b; 1; 50)))  // expect: 100 52 518
INTEGER TO BLOB(-3; $b; 2; *)
ALERT(String(BLOB size($b))+" "+String(BLOB to integer($b; 2; 100)))  // expect: 102 -3
$off:=0
$i:=BLOB to integer($b; 1; $off)
ALERT(String($off))  // expect: 2
// writing past the end grows the blob with zeros
var $g : Blob
$off:=6
LONGINT TO BLOB(1; $g; 1; $off)
ALERT(String(BLOB size($g))+" "+String($off)+" "+String(BLOB to longint($g; 1; 0))+" "+String(BLOB to longint($g; 1; 6)))  // expect: 10 10 0 1
LONGINT TO BLOB(-2; $b; 1)
BASE64 ENCODE($b; $t)
ALERT($t+" "+String(BLOB to longint($b; 1))+" "+String(BLOB to longint($b; 2)))  // expect: /////g== -2 -16777217
// values that do not fit keep their low bits, as 4D's Integer and Longint do
INTEGER TO BLOB(70000; $b; 1)
ALERT(String(BLOB to integer($b; 1)))  // expect: 4464
// reading outside the blob: error -111
$off:=2
Try
	$i:=BLOB to longint($b; 1; $off)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String($off))  // expect: -111 2
End try
