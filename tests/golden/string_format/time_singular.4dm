// Hour min sec and Min sec write the unit in the singular for 0 and 1
// (the Time command's page shows 13:00:00 as "13 hours 0 minute")
ALERT(String(?01:01:01?; Hour min sec))  // expect: 1 hour 1 minute 1 second
ALERT(String(?10:00:00?; Hour min))  // expect: 10 hours 0 minute
ALERT(String(?00:00:00?; Hour min sec))  // expect: 0 hour 0 minute 0 second
ALERT(String(?00:02:00?; Min sec))  // expect: 2 minutes 0 second
ALERT(String(?27:00:05?; Hour min sec))  // expect: 27 hours 0 minute 5 seconds
