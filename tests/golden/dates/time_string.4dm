// Time string writes HH:MM:SS, going past 24 hours
ALERT(Time string(0))  // expect: 00:00:00
ALERT(Time string(45296))  // expect: 12:34:56
ALERT(Time string(?03:04:05?))  // expect: 03:04:05
ALERT(Time string(100000))  // expect: 27:46:40
