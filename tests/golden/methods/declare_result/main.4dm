ALERT(String(half(9)))  // expect: 4.5
ALERT(String(Undefined(nothing)))  // expect: True
nothing
