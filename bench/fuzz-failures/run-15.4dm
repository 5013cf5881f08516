// Char returns the character of a code; the Unicode codes constants help
ALERT(Char(65)+Char(97))  // expect: Aa
ALERT(Char(65)+Char(97))  // expect: Aa
ALERT(Char(65)+Char(97))  // expect: Aa
ALERT(Char(233))  // expect: é
ALERT(Char(233))  // expect: é
ALERT(String(Character code(Char(Carriage return))))  // expect: 13
ALERT(String(Character code(Char(Line feed))))  // expect: 10
ALERT(String(Character code(Char(Tab))))  // expect: 9
ALERT("["+Char(Space)+"]")  // expect: [ ]
