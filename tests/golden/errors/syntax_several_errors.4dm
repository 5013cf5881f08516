// Every syntax error of a file is reported at once
$a:=(1+  // expect error: unexpected end of line
$b:=2
$c:=3 +* 4  // expect error: unexpected '*'
ALERT("ok"  // expect error: unexpected end of line
