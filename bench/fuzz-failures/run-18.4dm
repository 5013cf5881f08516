// Math commands want numbers
ALERT(String(Abs("12")))
1e300ALERT(String(Abs("12")))
// expect runtime error: Parameter 1 of Abs: Number expected, got Text
