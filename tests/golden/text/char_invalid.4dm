// A negative character code is an error
ALERT(Char(-1))
// expect runtime error: Char: -1 is not a valid character code
