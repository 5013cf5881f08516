// lengthFound, given as a pointer, receives the length matched in the text
var $len : Real
ALERT(String(Position("ae"; "Cæsar"; 1; ->$len)))  // expect: 2
ALERT(String($len))  // expect: 1
ALERT(String(Position("æ"; "Caesar"; 1; ->$len)))  // expect: 2
ALERT(String($len))  // expect: 2
ALERT(String(Position("ss"; "Straße"; 1; ->$len)))  // expect: 5
ALERT(String($len))  // expect: 1
ALERT(String(Position("zz"; "Straße"; 1; ->$len)))  // expect: 0
ALERT(String($len))  // expect: 0
// with *, lengthFound is the length of find
ALERT(String(Position("ss"; "Strasse"; 1; ->$len; *)))  // expect: 5
ALERT(String($len))  // expect: 2
