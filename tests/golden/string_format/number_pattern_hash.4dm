// # shows nothing for leading zeros and trailing decimal zeros
ALERT(String(1234.5; "#######"))  // expect: 1234
ALERT(String(1234.5; "#####.##"))  // expect: 1234.5
ALERT(String(1234; "#####.##"))  // expect: 1234
ALERT("["+String(0; "#####.##")+"]")  // expect: []
ALERT(String(0.25; "#.##"))  // expect: .25
