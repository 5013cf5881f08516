// Position gives the first occurrence, 1-based, or 0
ALERT(String(Position("an"; "Banana")))  // expect: 2
ALERT(String(Position("x"; "Banana")))  // expect: 0
// case and accents are ignored by default
ALERT(String(Position("NAN"; "banana")))  // expect: 3
ALERT(String(Position("e"; "Crème")))  // expect: 3
// @ is not a wildcard here
ALERT(String(Position("b@"; "ab@c")))  // expect: 2
ALERT(String(Position("b@"; "abc")))  // expect: 0
