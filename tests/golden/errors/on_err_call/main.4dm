// ON ERR CALL: the handler runs, then execution resumes at the next line
ON ERR CALL("catcher")
$x:=Substring(42; 1)
ALERT("resumed")
ON ERR CALL("")
ALERT(Method called on error)
// expect: caught -10702 in main line 3
// expect: formula: $x:=Substring(42; 1)
// expect: last: Parameter 1 of Substring: Text expected, got Number
// expect: resumed
// expect:
