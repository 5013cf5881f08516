// Character code reads the first character; it tells upper from lower case
ALERT(String(Character code("ABC")))  // expect: 65
ALERT(String(Character code("a")))  // expect: 97
ALERT(String("A"="a"))  // expect: True
ALERT(String(Character code("A")=Character code("a")))  // expect: False
// run4d: an empty text gives 0
ALERT(String(Character code("")))  // expect: 0
