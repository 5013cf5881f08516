// With a base, infinities are written "NaN" like NaN itself (the String page's examples),
// while the default format writes INF and -INF
ALERT(String(1/0; 16))  // expect: NaN
ALERT(String(-1/0; 2))  // expect: NaN
ALERT(String(-1/0; 10))  // expect: NaN
ALERT(String(1/0)+" "+String(-1/0))  // expect: INF -INF
// NaN stays "" without a base
ALERT("["+String(Square root(-1))+"] "+String(Square root(-1); 36))  // expect: [] NaN
