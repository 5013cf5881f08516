// Dec is the decimal part, never negative (run4d: x - Int(x))
ALERT(String(Dec(7.31)))  // expect: 0.31
ALERT(String(Dec(12)))  // expect: 0
ALERT(String(Dec(-1.25)))  // expect: 0.75
ALERT(String(Int(-1.25)+Dec(-1.25)))  // expect: -1.25
