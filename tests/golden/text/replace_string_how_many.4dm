// howMany limits the replacements, from the start of the text
ALERT(Replace string("x.x.x.x"; "x"; "y"; 2))  // expect: y.y.x.x
ALERT(Replace string("x.x.x.x"; "X"; "y"; 1))  // expect: y.x.x.x
ALERT(Replace string("x.x"; "x"; "y"; 10))  // expect: y.y
// run4d: a howMany of 0 or less replaces nothing
ALERT(Replace string("x.x"; "x"; "y"; 0))  // expect: x.x
ALERT(Replace string("x.x"; "x"; "y"; -1))  // expect: x.x
ALERT(Replace string("x.x"; "x"; "y"; -5; *))  // expect: x.x
// howMany may come with *
ALERT(Replace string("X.x.x"; "x"; "y"; 1; *))  // expect: X.y.x
