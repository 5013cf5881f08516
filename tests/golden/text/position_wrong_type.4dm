// Position searches texts only
ALERT(String(Position(1; "a1")))
// expect runtime error: Parameter 1 of Position: Text expected, got Number
