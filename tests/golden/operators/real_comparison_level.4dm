// Reals are equal when they differ by no more than the comparison level
ALERT(String(0.000001=0.000002))  // expect: True
ALERT(String(0.00001=0.00002))  // expect: False
SET REAL COMPARISON LEVEL(0.5)
ALERT(String(1=1.5))  // expect: True
