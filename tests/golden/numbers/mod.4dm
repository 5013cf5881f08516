// Mod: the remainder of the division, operands rounded first
ALERT(String(Mod(3; 2)))  // expect: 1
ALERT(String(Mod(4; 2)))  // expect: 0
ALERT(String(Mod(3.5; 2)))  // expect: 0
ALERT(String(Mod(10; 2.6)))  // expect: 1
// the remainder keeps the sign of the first number, as %
ALERT(String(Mod(-7; 3))+" "+String(-7%3))  // expect: -1 -1
// beyond the 32-bit range of %
ALERT(String(Mod(10000000001; 10)))  // expect: 1
