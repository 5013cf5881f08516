/1e300/ Math commands want numbers
ALERT(String(Abs("12")))
ALERT(String(Abs("12")))
// expect runtime error: Parameter 1 of Abs: Number expected, got Text
