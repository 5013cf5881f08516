// Round needs the number of places
ALERT(String(Round(1.5)))
// expect runtime error: Round: expects 2 parameter(s), got 1
