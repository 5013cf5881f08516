// REAL TO BLOB and BLOB to real: Macintosh and PC doubles, native, and the 10-byte extended format
var $b : Blob
var $t : Text
var $off : Integer
REAL TO BLOB(1.5; $b; 2)  // Macintosh double real format: big-endian
BASE64 ENCODE($b; $t)
ALERT($t+" "+String(BLOB to real($b; 2)))  // expect: P/gAAAAAAAA= 1.5
REAL TO BLOB(1.5; $b; 3)  // PC double real format
BASE64 ENCODE($b; $t)
ALERT($t+" "+String(BLOB size($b)))  // expect: AAAAAAAA+D8= 8
REAL TO BLOB(1; $b; 1)  // Extended real format: 10 bytes
BASE64 ENCODE($b; $t)
ALERT($t+" "+String(BLOB size($b)))  // expect: AAAAAAAAAID/Pw== 10
REAL TO BLOB(-1234.5678; $b; 1; *)
$off:=10
ALERT(String(BLOB to real($b; 1; $off))+" "+String($off))  // expect: -1234.5678 20
REAL TO BLOB(0.1; $b; 0)
ALERT(String(BLOB to real($b; 0)=0.1))  // expect: True
SET BLOB SIZE($b; 100)
$off:=50
REAL TO BLOB(2.25; $b; 3; $off)
ALERT(String(BLOB size($b))+" "+String($off)+" "+String(BLOB to real($b; 3; 50)))  // expect: 100 58 2.25
