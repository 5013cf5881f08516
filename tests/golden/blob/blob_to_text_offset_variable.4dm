// An offset variable is advanced past what was read; an offset expression is only read
var $b : Blob
var $at : Real
var $i : Integer
TEXT TO BLOB("abcdef"; $b; UTF8 text without length)
$at:=2
ALERT(BLOB to text($b; UTF8 text without length; $at; 3)+" "+String($at))  // expect: cde 5
ALERT(BLOB to text($b; UTF8 text without length; $at+0; 1)+" "+String($at))  // expect: f 5
$i:=1
ALERT(BLOB to text($b; UTF8 text without length; $i; 2)+" "+String($i))  // expect: bc 3
