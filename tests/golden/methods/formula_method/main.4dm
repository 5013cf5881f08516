// A formula made of a method name forwards its call's parameters
$f:=Formula(hello)
ALERT($f.call(Null; "dear"; "friend"))  // expect: Hello dear friend
ALERT($f.call())  // expect: How are you?
$local:=1
$bad:=Try(Formula from string("$local+1"))
ALERT(String(Last errors[0].errCode))  // expect: -10737
