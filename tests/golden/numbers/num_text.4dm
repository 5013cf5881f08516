// Num reads the digits of a text and skips the other characters
ALERT(String(Num("ABCD")))  // expect: 0
ALERT(String(Num("A1B2C3")))  // expect: 123
ALERT(String(Num("123.4")))  // expect: 123.4
ALERT(String(Num("-123")))  // expect: -123
ALERT(String(Num("-123e2")))  // expect: -12300
ALERT(String(Num("123e-2")))  // expect: 1.23
ALERT(String(Num("$1,234.50")))  // expect: 1234.5
ALERT(String(Num("")))  // expect: 0
