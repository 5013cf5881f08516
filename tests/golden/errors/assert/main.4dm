// ASSERT raises -10518 with the assertion's text (or the message given)
$n:=1
$r:=Try(ASSERT($n>5))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10518 Assert failed: $n>5
$r:=Try(ASSERT($n>5; "n too small"))
ALERT(Last errors[0].message)  // expect: Assert failed: n too small
SET ASSERT ENABLED(False)
ASSERT(False)
ALERT("disabled")  // expect: disabled
