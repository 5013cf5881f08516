// Without a format, numbers print with up to 13 significant digits
ALERT(String(2^10))  // expect: 1024
ALERT(String(2/3))  // expect: 0.6666666666667
ALERT(String(-0.5))  // expect: -0.5
ALERT(String(1/0)+" "+String(-1/0))  // expect: INF -INF
ALERT("["+String(Square root(-4))+"]")  // expect: []
