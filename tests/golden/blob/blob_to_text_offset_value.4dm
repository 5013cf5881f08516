// An offset given as a number is read but cannot be updated (pass a pointer for that)
var $b : Blob
var $at : Real
TEXT TO BLOB("abcdef"; $b; UTF8 text without length)
$at:=2
ALERT(BLOB to text($b; UTF8 text without length; $at; 3)+" "+String($at))  // expect: cde 2
