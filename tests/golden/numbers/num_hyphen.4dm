// A hyphen after digits ends the number; before them it makes it negative
ALERT(String(Num("123-456")))  // expect: 123
ALERT(String(Num("-9")))  // expect: -9
ALERT(String(Num("ab-12")))  // expect: -12
ALERT(String(Num("0xFF")))  // expect: 0
