// The Super() rules of derived constructors, with their documented error codes
$r:=Try(cs.ThisFirst.new())
ALERT(String(Last errors[0].errCode))  // expect: -10743
$r:=Try(cs.NoSuper.new())
ALERT(String(Last errors[0].errCode))  // expect: -10748
$r:=Try(cs.Twice.new())
ALERT(String(Last errors[0].errCode))  // expect: -10746
