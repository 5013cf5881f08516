// Timestamp is UTC time as yyyy-MM-ddTHH:mm:ss.SSSZ
var $s : Text
$s:=Timestamp
ALERT(String(Length($s)))  // expect: 24
ALERT($s[[5]]+$s[[8]]+$s[[11]]+$s[[14]]+$s[[17]]+$s[[20]]+$s[[24]])  // expect: --T::.Z
ALERT(String(Num(Substring($s; 1; 4))>2020))  // expect: True
