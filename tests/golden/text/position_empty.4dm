// An empty text is never found, not even in an empty text
ALERT(String(Position(""; "")))  // expect: 0
ALERT(String(Position(""; "abc")))  // expect: 0
ALERT(String(Position("a"; "")))  // expect: 0
