// Extra parameters are reached with ${n} and counted by Count parameters
ALERT(String(total))  // expect: 0
ALERT(String(total(1; 2; 3; 4; 5)))  // expect: 15
ALERT(count("a"; 1; 2; 3))  // expect: a + 3 more
