// Control characters other than tab, LF, VT, FF and CR are ignored by default
$t:="ab"+Char(1)+"cd"
ALERT(String(Position("bc"; $t)))  // expect: 2
ALERT(String(Position("bc"; $t; *)))  // expect: 0
ALERT(String(Position("b"+Char(9)+"c"; "ab"+Char(9)+"c")))  // expect: 2
