// The second parameter of Uppercase can only be *
ALERT(Uppercase("abc"; 1))
// expect runtime error: Parameter 2 of Uppercase: * expected
