// Square root; a negative number gives NaN, shown as ""
ALERT(String(Square root(16)))  // expect: 4
ALERT(String(Square root(2)))  // expect: 1.414213562373
ALERT("["+String(Square root(-1))+"]")  // expect: []
