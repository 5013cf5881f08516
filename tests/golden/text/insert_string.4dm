// Insert string puts a text before the character at where
ALERT(Insert string("The cat"; " black"; 4))  // expect: The black cat
ALERT(Insert string("Shut"; "o"; 3))  // expect: Shout
ALERT(Insert string("abc"; "X"; 10))  // expect: abcX
ALERT(Insert string("abc"; "X"; -5))  // expect: Xabc
ALERT(Insert string("abc"; ""; 2))  // expect: abc
