// Blank if null time, added to a format, turns 00:00:00 into ""
ALERT("["+String(?00:00:00?; HH MM+Blank if null time)+"]")  // expect: []
ALERT(String(?00:00:00?; HH MM))  // expect: 00:00
ALERT(String(?00:01:00?; HH MM+Blank if null time))  // expect: 00:01
