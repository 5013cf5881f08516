// Date and time arithmetic
ALERT(String(!2017-01-20!-!2017-01-01!))  // expect: 19
ALERT(String(!2017-01-20!+9))  // expect: 01/29/2017
ALERT(String(!2000-11-10!-10))  // expect: 10/31/2000
ALERT(String(?02:03:04?+?01:02:03?))  // expect: 03:05:07
ALERT(String(?02:03:04?*2))  // expect: 14768
ALERT(String(?20:10:00?%?04:20:00?))  // expect: 02:50:00
ALERT(String(?23:00:00?+?02:30:00?))  // expect: 25:30:00
ALERT(String(!2024-02-28!+1<!2024-03-01!))  // expect: True