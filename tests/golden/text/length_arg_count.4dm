// Length takes exactly one parameter
ALERT(String(Length("a"; "b")))
// expect runtime error: Length: expects 1 parameter(s), got 2
