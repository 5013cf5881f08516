// Whole numbers print all their digits up to 2^53; other numbers keep 13 significant digits
ALERT(String(2^50))  // expect: 1125899906842624
ALERT(String(-9007199254740991))  // expect: -9007199254740991
ALERT(String(2^60))  // expect: 1.152921504607e+18
ALERT(String(12345678901234.5))  // expect: 1.234567890123e+13
ALERT(String(1234567.891234567))  // expect: 1234567.891235
ALERT(String(0.000012345))  // expect: 1.2345e-5
ALERT(String(-0.0))  // expect: 0
