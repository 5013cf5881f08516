// JSON Parse converts to the type passed as second parameter
ALERT(String(JSON Parse("99.6"; Is longint)))  // expect: 100
ALERT(String(Value type(JSON Parse("\"3.5\""; Is real))))  // expect: 1
ALERT(String(JSON Parse("\"3.5\""; Is real)*2))  // expect: 7
ALERT(JSON Parse("\"2017-10-16\""; Is text))  // expect: 2017-10-16
ALERT(JSON Parse("12"; Is text))  // expect: 12
ALERT(String(JSON Parse("7260"; Is time)))  // expect: 02:01:00
ALERT(String(JSON Parse("\"2024-02-29\""; Is date)))  // expect: 02/29/2024
ALERT(String(JSON Parse("\"2008-03-04T12:00:00Z\""; Is date)))  // expect: 03/04/2008
ALERT(String(JSON Parse("{\"x\":1}"; Is Boolean)))  // expect: True
ALERT(String(JSON Parse("0"; Is Boolean)))  // expect: False
ALERT(String(JSON Parse("[1]"; Is object)=Null))  // expect: True
ALERT(String(JSON Parse("[1,2]"; Is collection).length))  // expect: 2
