// Round: halves go away from zero
ALERT(String(Round(16.857; 2)))  // expect: 16.86
ALERT(String(Round(29.8725; 3)))  // expect: 29.873
ALERT(String(Round(-1.5; 0)))  // expect: -2
ALERT(String(Round(2.5; 0)))  // expect: 3
ALERT(String(Round(1.4999; 0)))  // expect: 1
// decimal digits as written: 1.005 rounds up
ALERT(String(Round(1.005; 2)))  // expect: 1.01
