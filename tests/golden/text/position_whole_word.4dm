// sk whole word only finds complete words
var $len : Real
$t:="somewhere, where else"
ALERT(String(Position("where"; $t; 1; ->$len; sk whole word)))  // expect: 12
ALERT(String(Position("WHERE"; $t; 1; ->$len; sk whole word)))  // expect: 0
ALERT(String(Position("WHERE"; $t; 1; ->$len; sk whole word+sk case insensitive)))  // expect: 12
ALERT(String(Position("some"; $t; 1; ->$len; sk whole word)))  // expect: 0
