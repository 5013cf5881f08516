// String(number; base) writes the number in base 2 to 36, lower case
ALERT(String(12; 2))  // expect: 1100
ALERT(String(-12; 2))  // expect: -1100
ALERT(String(3054; 16))  // expect: bee
ALERT(String(35; 36))  // expect: z
ALERT(String(2.5; 2))  // expect: 10.1
ALERT(String(100; 0))  // expect: 100
ALERT(String(Log(-1); 10))  // expect: NaN
