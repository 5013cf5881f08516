// Sin, Cos, Tan and Arctan work in radians
ALERT(String(Sin(0)))  // expect: 0
ALERT(String(Sin(Pi/2)))  // expect: 1
ALERT(String(Cos(Pi)))  // expect: -1
ALERT(String(Tan(Pi/4)))  // expect: 1
ALERT(String(Arctan(1)*4))  // expect: 3.14159265359
ALERT(String(Sin(30*Degree)))  // expect: 0.5
