// &/n shows a number of seconds with the n-th time format
ALERT(String(25000; "&/5"))  // expect: 6:56 AM
ALERT(String(3723; "&/1"))  // expect: 01:02:03
ALERT(String(3723; "&/3"))  // expect: 1 hour 2 minutes 3 seconds
