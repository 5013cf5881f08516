// Substring needs at least the source and the first character
ALERT(Substring("abc"))
// expect runtime error: Substring: expects 2 to 3 parameter(s), got 1
