// Project methods: named parameters, missing ones get their type's default
ALERT("["+greet("Ada"; 2)+"]")  // expect: [Hello Ada! Hello Ada! ]
ALERT("["+greet("Bob")+"]")  // expect: []
ALERT("["+GREET("Case"; 1)+"]")  // expect: [Hello Case! ]
