// The format of a number is a text or a number
ALERT(String(10; True))
// expect runtime error: Parameter 2 of String: Text or Number expected, got Boolean
