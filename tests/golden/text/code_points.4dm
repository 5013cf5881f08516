// run4d counts characters as Unicode code points: a character outside the
// BMP is one character for Length, Substring, Position and Character code
$t:="a😀b"
ALERT(String(Length($t)))  // expect: 3
ALERT(Substring($t; 3))  // expect: b
ALERT(String(Position("b"; $t)))  // expect: 3
ALERT(String(Character code(Substring($t; 2))))  // expect: 128512
ALERT(String(Length(Char(128512))))  // expect: 1
