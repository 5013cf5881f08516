// howMany must be a number
ALERT(Replace string("abc"; "a"; "x"; "2"))
// expect runtime error: Parameter 4 of Replace string: Number expected, got Text
