// The length found is written into a variable passed as 4D does (by reference)
var $len : Integer
$pos:=Position("LL"; "hello"; 1; $len)
ALERT(String($pos)+" "+String($len))  // expect: 3 2
