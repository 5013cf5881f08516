// Wrong argument counts for commands are 4D errors, catchable with Try
$r:=Try(Length("a"; "b"))
ALERT(Last errors[0].message)  // expect: Length: expects 1 parameter(s), got 2
$x:=Substring("abc")  // expect runtime error: Substring: expects 2 to 3 parameter(s), got 1
