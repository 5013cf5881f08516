// Num(text; base) reads a number written in base 2 to 36 (as parseInt)
ALERT(String(Num("ff"; 16)))  // expect: 255
ALERT(String(Num("0xFF"; 16)))  // expect: 255
ALERT(String(Num("1010"; 2)))  // expect: 10
ALERT(String(Num("2"; 2)))  // expect: 0
ALERT(String(Num("10.3"; 16)))  // expect: 16
ALERT(String(Num("123.20"; 10)))  // expect: 123
ALERT(String(Num("z"; 36)))  // expect: 35
ALERT(String(Num("-7f"; 16)))  // expect: -127
// base 0: 16 after "0x", 10 otherwise
ALERT(String(Num("0x1A"; 0)))  // expect: 26
ALERT(String(Num("19"; 0)))  // expect: 19
