// Is license available: run4d is never in demo mode; it has the Web server, not View Pro, Write Pro, SOAP...
ALERT(String(Is license available))  // expect: True
ALERT(String(Is license available(4D Web license)))  // expect: True
ALERT(String(Is license available(4D View license)))  // expect: False
ALERT(String(Is license available(4D Write license)))  // expect: False
ALERT(String(Is license available(4D SOAP license)))  // expect: False
ALERT(String(Is license available(4D REST Test license)))  // expect: False
ALERT(String(Is license available(12345)))  // expect: False
