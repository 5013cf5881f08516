// Try(expression) is a statement, not a Try block: a later syntax error reports only itself
Try(ALERT("x"))
$a:=Try(1/0)
ALERT("y"  // expect error: unexpected end of line
ALERT("z")
