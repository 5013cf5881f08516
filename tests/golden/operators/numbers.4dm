// Number operators
ALERT(String(5/2))  // expect: 2.5
ALERT(String(5\2))  // expect: 2
ALERT(String(10%3))  // expect: 1
ALERT(String(10.5%2))  // expect: 0
ALERT(String(-7%2))  // expect: -1
ALERT(String(2^10))  // expect: 1024
ALERT(String(1/3))  // expect: 0.3333333333333
ALERT(String(1/0))  // expect: INF
ALERT(String(-1/0))  // expect: -INF
ALERT(String(0.1+0.2=0.3))  // expect: True
ALERT(String(10#11))  // expect: True
