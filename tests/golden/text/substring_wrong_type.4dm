// The position of Substring must be a number
ALERT(Substring("abc"; "2"))
// expect runtime error: Parameter 2 of Substring: Number expected, got Text
