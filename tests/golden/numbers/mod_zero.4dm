// Mod by zero is an error, as % is
ALERT(String(Mod(5; 0)))
// expect runtime error: Division by zero
