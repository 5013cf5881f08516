// Negative places round left of the decimal point
ALERT(String(Round(32345.67; -3)))  // expect: 32000
ALERT(String(Round(-1550; -2)))  // expect: -1600
