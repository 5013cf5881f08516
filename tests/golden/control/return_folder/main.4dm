// return leaves a method from anywhere, with or without a value
ALERT(String(findFirst([3; 8; 12]; 5)))  // expect: 8
ALERT(String(findFirst([1; 2]; 5)))  // expect: -1
