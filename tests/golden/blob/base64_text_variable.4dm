// BASE64 ENCODE and DECODE change a Text variable passed directly (by reference, as in 4D)
var $t; $encoded; $decoded : Text
$t:="Olá ✓"
BASE64 ENCODE($t)
ALERT($t)  // expect: T2zDoSDinJM=
BASE64 DECODE($t)
ALERT($t)  // expect: Olá ✓
BASE64 ENCODE("hi"; $encoded)
ALERT($encoded)  // expect: aGk=
BASE64 DECODE($encoded; $decoded)
ALERT($decoded+" "+$encoded)  // expect: hi aGk=
