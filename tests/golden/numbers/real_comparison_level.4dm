// Reals are equal when they differ by less than the epsilon (10^-6 by default)
ALERT(String(0.00001=0.00002))  // expect: False
ALERT(String(0.000001=0.0000015))  // expect: True
SET REAL COMPARISON LEVEL(0.01)
ALERT(String(1.001=1.002))  // expect: True
ALERT(String(1.1=1.2))  // expect: False
SET REAL COMPARISON LEVEL(0)
ALERT(String(0.1+0.2=0.3))  // expect: False
