// Trunc cuts decimals, always toward negative infinity
ALERT(String(Trunc(216.897; 1)))  // expect: 216.8
ALERT(String(Trunc(216.897; -1)))  // expect: 210
ALERT(String(Trunc(-216.897; 1)))  // expect: -216.9
ALERT(String(Trunc(-216.897; -1)))  // expect: -220
ALERT(String(Trunc(3.999; 0)))  // expect: 3
