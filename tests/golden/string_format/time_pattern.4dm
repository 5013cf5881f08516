// Time patterns (ICU-like symbols)
$t:=?15:04:05?
ALERT(String($t; "HH 'hours and' mm 'minutes'"))  // expect: 15 hours and 04 minutes
ALERT(String($t; "h:mm a"))  // expect: 3:04 PM
ALERT(String($t; "K a"))  // expect: 3 PM
ALERT(String($t; "hh:mm:ss aaaaa"))  // expect: 03:04:05 p
ALERT(String(?00:30:00?; "H h K k"))  // expect: 0 12 0 24
ALERT(String($t; "B"))  // expect: in the afternoon
ALERT(String(?12:00:00?; "b B"))  // expect: noon noon
ALERT(String(?00:00:00?; "b bbbb"))  // expect: mid. midnight
ALERT(String(?22:00:00?; "B"))  // expect: at night
ALERT(String(?08:00:00?; "B"))  // expect: in the morning
