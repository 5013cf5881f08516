// The options syntax: Position(find; in; start; lengthFound; options)
var $len : Real
$t:="Hello Joëlle and JOEL"
ALERT(String(Position("joel"; $t; 1; ->$len; sk case insensitive)))  // expect: 18
ALERT(String(Position("joel"; $t; 1; ->$len; sk case insensitive+sk diacritic insensitive)))  // expect: 7
ALERT(String(Position("Joel"; $t; 1; ->$len; sk diacritic insensitive)))  // expect: 7
ALERT(String(Position("joel"; $t; 1; ->$len; sk diacritic insensitive)))  // expect: 0
ALERT(String(Position("Joël"; $t; 1; ->$len; sk strict)))  // expect: 7
ALERT(String(Position("JOEL"; $t; 1; ->$len; sk char codes)))  // expect: 18
ALERT(String(Position("joel"; $t; 1; ->$len; sk char codes+sk case insensitive)))  // expect: 18
// sk strict keeps ligatures apart; the other options see æ as ae
ALERT(String(Position("ae"; "Cæsar"; 1; ->$len; sk strict)))  // expect: 0
ALERT(String(Position("ae"; "Cæsar"; 1; ->$len; sk case insensitive)))  // expect: 2
