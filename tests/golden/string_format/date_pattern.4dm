// Date patterns (ICU-like symbols)
$d:=!2024-02-05!
ALERT(String($d; "EEEE d MMMM y GGGG"))  // expect: Monday 5 February 2024 Anno Domini
ALERT(String($d; "dd/MM/yy"))  // expect: 05/02/24
ALERT(String($d; "E, MMM d"))  // expect: Mon, Feb 5
ALERT(String($d; "EEEEE EEEEEE MMMMM G"))  // expect: M Mo F AD
ALERT(String($d; "QQQQ QQQ QQ Q"))  // expect: 1st quarter Q1 01 1
ALERT(String($d; "D"))  // expect: 36
ALERT(String($d; "yyyyyy"))  // expect: 002024
ALERT(String(!2024-08-15!; "QQQQ"))  // expect: 3rd quarter
