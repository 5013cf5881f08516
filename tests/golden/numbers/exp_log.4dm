// Exp and Log are inverse functions
ALERT(String(Exp(1)))  // expect: 2.718281828459
ALERT(String(Log(Exp(1))))  // expect: 1
ALERT(String(Log(1)))  // expect: 0
ALERT(String(Log(0)))  // expect: -INF
ALERT("["+String(Log(-1))+"]")  // expect: []
ALERT(String(Exp(1000)))  // expect: INF
