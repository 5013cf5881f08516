// Compare strings compares texts
ALERT(String(Compare strings("a"; 1)))
// expect runtime error: Parameter 2 of Compare strings: Text expected, got Number
