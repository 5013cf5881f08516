// Time converts texts and numbers of seconds to times
ALERT(String(Time("07:08:09")))  // expect: 07:08:09
ALERT(String(Time("14:30")))  // expect: 14:30:00
ALERT(String(Time("2:15 PM")))  // expect: 14:15:00
ALERT(String(Time("12:05 AM")))  // expect: 00:05:00
ALERT(String(Time(3725)))  // expect: 01:02:05
ALERT(String(Time(90000)))  // expect: 25:00:00
ALERT(String(Time("nothing")))  // expect: 00:00:00
ALERT(String(Value type(Time(1))))  // expect: 11
var $o : Object
ALERT(String(Time($o)))  // expect: 00:00:00
