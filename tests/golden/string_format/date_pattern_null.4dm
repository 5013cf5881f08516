// run4d: the null date shows zeros whatever the pattern
ALERT(String(!00-00-00!; "EEEE d MMMM yyyy"))  // expect: 00/00/00
