// Time zone symbols show the machine's offset from GMT
ALERT(String(Match regex("GMT([+-]\\d{1,2}(:\\d\\d)?)?"; String(?10:00:00?; "O"))))  // expect: True
ALERT(String(Match regex("GMT([+-]\\d\\d:\\d\\d)?"; String(?10:00:00?; "OOOO"))))  // expect: True
ALERT(String(Match regex("[+-]\\d\\d:\\d\\d"; String(?10:00:00?; "xxx"))))  // expect: True
ALERT(String(Match regex("Z|[+-]\\d\\d\\d\\d"; String(?10:00:00?; "XX"))))  // expect: True
ALERT(String(Match regex("[+-]\\d\\d\\d\\d"; String(?10:00:00?; "z"))))  // expect: True
