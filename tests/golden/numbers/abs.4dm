// Abs removes the sign
ALERT(String(Abs(-10.3)))  // expect: 10.3
ALERT(String(Abs(7)))  // expect: 7
ALERT(String(Abs(0)))  // expect: 0
