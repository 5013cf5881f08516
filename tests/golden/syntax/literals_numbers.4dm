// Number literals: integers and reals (always Real), exponents, hexadecimal
ALERT(String(27))  // expect: 27
ALERT(String(123.76))  // expect: 123.76
ALERT(String(-0.0076))  // expect: -0.0076
ALERT(String(1.5e3))  // expect: 1500
ALERT(String(0x00FF))  // expect: 255
ALERT(String(Value type(27)))  // expect: 1
