// Int keeps the integer part, going down for negative numbers
ALERT(String(Int(123.4)))  // expect: 123
ALERT(String(Int(-123.4)))  // expect: -124
ALERT(String(Int(5)))  // expect: 5
