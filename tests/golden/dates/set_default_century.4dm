// SET DEFAULT CENTURY changes how two-digit years are read
SET DEFAULT CENTURY(20)
ALERT(String(Year of(Date("1/2/95"))))  // expect: 2095
SET DEFAULT CENTURY(19; 50)
ALERT(String(Year of(Date("1/2/49"))))  // expect: 2049
ALERT(String(Year of(Date("1/2/50"))))  // expect: 1950
ALERT(String(Year of(Date("1/2/1850"))))  // expect: 1850
