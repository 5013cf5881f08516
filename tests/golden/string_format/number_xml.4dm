// &xml always uses "." as decimal separator
ALERT(String(1234.5; "&xml"))  // expect: 1234.5
ALERT(String(-0.25; "&xml"))  // expect: -0.25
ALERT(String(0; "&xml"))  // expect: 0
