// HH MM AM PM: 12-hour clock
ALERT(String(?18:45:00?; HH MM AM PM))  // expect: 6:45 PM
ALERT(String(?00:10:00?; HH MM AM PM))  // expect: 12:10 AM
ALERT(String(?12:00:00?; HH MM AM PM))  // expect: 12:00 PM
