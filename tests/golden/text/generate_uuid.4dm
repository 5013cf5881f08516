// Generate UUID gives 32 hexadecimal digits, a new one each time
$a:=Generate UUID
$b:=Generate UUID
ALERT(String(Length($a)))  // expect: 32
ALERT(String(Match regex("[0-9A-F]{32}"; $a)))  // expect: True
ALERT(String($a=$b))  // expect: False
// the version digit: 4 by default, 7 on request
ALERT(Substring($a; 13; 1))  // expect: 4
$c:=Generate UUID(7)
ALERT(Substring($c; 13; 1))  // expect: 7
// version 7 UUIDs sort in the order they were made
$d:=Generate UUID(7)
ALERT(String(Compare strings($c; $d; sk char codes)))  // expect: -1
