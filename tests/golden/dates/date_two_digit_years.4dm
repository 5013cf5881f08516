// Two-digit years: 30 to 99 are 19xx, 00 to 29 are 20xx
ALERT(String(Year of(Date("1/2/30"))))  // expect: 1930
ALERT(String(Year of(Date("1/2/99"))))  // expect: 1999
ALERT(String(Year of(Date("1/2/29"))))  // expect: 2029
ALERT(String(Year of(Date("1/2/05"))))  // expect: 2005
