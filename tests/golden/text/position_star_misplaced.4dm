// * must be the last parameter of Position
ALERT(String(Position("a"; "abc"; *; 1)))
// expect runtime error: Position: * must be the last parameter
