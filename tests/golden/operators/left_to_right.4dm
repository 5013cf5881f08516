// Arithmetic is evaluated strictly left to right: no algebraic precedence
ALERT(String(3+4*5))  // expect: 35
ALERT(String(3+(4*5)))  // expect: 23
ALERT(String(2^3^2))  // expect: 64
ALERT(String(10-2-3))  // expect: 5
ALERT(String(-2+5))  // expect: 3
