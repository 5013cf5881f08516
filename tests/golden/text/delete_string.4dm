// Delete string removes numChars characters from where
ALERT(Delete string("Lamborghini"; 6; 6))  // expect: Lambo
ALERT(Delete string("Indentation"; 6; 2))  // expect: Indention
ALERT(Delete string("abcdef"; 3; 32000))  // expect: ab
ALERT(Delete string("abc"; 4; 1))  // expect: abc
ALERT(Delete string("abc"; 2; 0))  // expect: abc
// run4d: a where below 1 deletes from the first character
ALERT(Delete string("abcdef"; 0; 2))  // expect: cdef
