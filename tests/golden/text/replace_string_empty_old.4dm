// An empty oldString leaves the source unchanged
ALERT(Replace string("abc"; ""; "x"))  // expect: abc
ALERT("["+Replace string(""; "a"; "x")+"]")  // expect: []
