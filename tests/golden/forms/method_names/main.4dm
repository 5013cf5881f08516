#DECLARE($label : Text)
// Project methods whose names hold spaces or start with digits; C_LONGINT(method; $1) types another method's parameters
C_LONGINT:C283(Add two; $0)
C_LONGINT:C283(Add two; $1)
ALERT(String(Add two(40)))  // expect: 42
00_Start  // expect: started
ALERT(String(Add two(Add two(1))))  // expect: 5
