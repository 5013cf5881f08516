// Change string overwrites characters and keeps the length
ALERT(Change string("Acme"; "CME"; 2))  // expect: ACME
ALERT(Change string("November"; "Dec"; 1))  // expect: December
ALERT(Change string("abc"; "XYZ"; 3))  // expect: abX
ALERT(Change string("abc"; "X"; 0))  // expect: abc
ALERT(Change string("abc"; "X"; 4))  // expect: abc
ALERT(Change string("abc"; ""; 1))  // expect: abc
