// With * the search compares character codes
ALERT(String(Position("B"; "abcB"; *)))  // expect: 4
ALERT(String(Position("B"; "abcB"; 1; *)))  // expect: 4
ALERT(String(Position("é"; "eé"; *)))  // expect: 2
ALERT(String(Position("é"; "eé")))  // expect: 1
ALERT(String(Position("C"; "abc"; 1; *)))  // expect: 0
