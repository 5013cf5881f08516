// Text literals and their escapes (the escape letter may be upper case)
ALERT("tab:[\t] quote:[\"] backslash:[\\]")  // expect: tab:[	] quote:["] backslash:[\]
ALERT("line1\nline2")
// expect: line1
// expect: line2
ALERT(String(Length("a\Nb")))  // expect: 3
ALERT(String(Character code("\r")))  // expect: 13
