// Substring past the end gives the rest or ""; run4d reads a first below 1 as 1
ALERT("["+Substring("abc"; 2; 50)+"]")  // expect: [bc]
ALERT("["+Substring("abc"; 4)+"]")  // expect: []
ALERT("["+Substring("abc"; 0; 2)+"]")  // expect: [ab]
ALERT("["+Substring("abc"; 2; 0)+"]")  // expect: []
ALERT("["+Substring("abc"; 2; -1)+"]")  // expect: []
