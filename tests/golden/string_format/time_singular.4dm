// Hour min sec writes singular for 1
ALERT(String(?01:01:01?; Hour min sec))  // expect: 1 hour 1 minute 1 second
ALERT(String(?10:00:00?; Hour min))  // expect: 10 hours 0 minutes
