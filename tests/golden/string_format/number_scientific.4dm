// &n: scientific notation with n significant digits, rounded
ALERT(String(759.62; "&3"))  // expect: 7.60e+2
ALERT(String(1234.5; "&2"))  // expect: 1.2e+3
ALERT(String(-1234.5; "&2"))  // expect: -1.2e+3
ALERT(String(0; "&2"))  // expect: 0.0e+0
ALERT(String(0.00042; "&2"))  // expect: 4.2e-4
// run4d: &5 gives five significant digits (one of 4D's examples shows six)
ALERT(String(1234.5; "&5"))  // expect: 1.2345e+3
