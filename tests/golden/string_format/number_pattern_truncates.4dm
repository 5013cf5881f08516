// Display formats do not round (only &n does): extra decimals are cut
ALERT(String(1234.56; "####0"))  // expect: 1234
ALERT(String(2.679; "0.00"))  // expect: 2.67
ALERT(String(-2.679; "#0.00"))  // expect: -2.67
// the value is first taken to 13 significant digits, so 0.1*3 is 0.30
ALERT(String(0.1*3; "0.00"))  // expect: 0.30
