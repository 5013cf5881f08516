  ` A backquote comments out the rest of the line, as 4D wrote comments before v11
$x:=1  ` after a statement too
` and at the start of a line: ALERT("never")
ALERT(String($x))  // expect: 1
ALERT("a`b")  // expect: a`b
