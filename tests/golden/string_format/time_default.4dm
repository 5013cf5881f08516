// Times print HH:MM:SS by default, hours going past 24
ALERT(String(?07:08:09?))  // expect: 07:08:09
ALERT(String(?30:00:01?))  // expect: 30:00:01
