// Internal date short special: two-digit years from 1930 to 2029 only
ALERT(String(!1930-01-01!; Internal date short special))  // expect: 01/01/30
ALERT(String(!2029-12-31!; Internal date short special))  // expect: 12/31/29
ALERT(String(!1929-12-31!; Internal date short special))  // expect: 12/31/1929
ALERT(String(!2030-01-01!; Internal date short special))  // expect: 01/01/2030
