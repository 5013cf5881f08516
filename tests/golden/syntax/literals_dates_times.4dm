// Date and time literals
ALERT(String(!2024-01-31!))  // expect: 01/31/2024
ALERT(String(!2018/01/21!))  // expect: 01/21/2018
ALERT(String(!00-00-00!))  // expect: 00/00/00
ALERT(String(?12:30:00?))  // expect: 12:30:00
ALERT(String(?8:05:30?))  // expect: 08:05:30
ALERT(String(Value type(!2024-01-31!)))  // expect: 4
ALERT(String(Value type(?01:00:00?)))  // expect: 11
