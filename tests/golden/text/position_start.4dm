// The start parameter skips the beginning of the text
$t:="one two one two"
ALERT(String(Position("two"; $t; 1)))  // expect: 5
ALERT(String(Position("two"; $t; 6)))  // expect: 13
ALERT(String(Position("two"; $t; 14)))  // expect: 0
ALERT(String(Position("two"; $t; 99)))  // expect: 0
ALERT(String(Position("one"; $t; 0)))  // expect: 1
