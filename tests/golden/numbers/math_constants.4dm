// Pi, Degree, Radian and e number
ALERT(String(Pi))  // expect: 3.14159265359
ALERT(String(Degree))  // expect: 0.01745329251994
ALERT(String(Radian))  // expect: 57.29577951308
ALERT(String(e number))  // expect: 2.718281828459
ALERT(String(Degree*Radian))  // expect: 1
