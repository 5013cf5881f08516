// The Time Display Formats constants
$t:=?02:03:04?
ALERT(String($t; HH MM SS))  // expect: 02:03:04
ALERT(String($t; HH MM))  // expect: 02:03
ALERT(String($t; Hour min sec))  // expect: 2 hours 3 minutes 4 seconds
ALERT(String($t; Hour min))  // expect: 2 hours 3 minutes
ALERT(String($t; HH MM AM PM))  // expect: 2:03 AM
ALERT(String($t; MM SS))  // expect: 123:04
ALERT(String($t; Min sec))  // expect: 123 minutes 4 seconds
ALERT(String($t; ISO time))  // expect: 0000-00-00T02:03:04
ALERT(String($t; System time short))  // expect: 02:03:04
// run4d has no macOS long formats: they are the short one, as on Windows
ALERT(String($t; System time long))  // expect: 02:03:04
ALERT(String($t; System time long abbreviated))  // expect: 02:03:04
