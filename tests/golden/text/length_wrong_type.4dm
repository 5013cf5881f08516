// Length wants a text
ALERT(String(Length(42)))
// expect runtime error: Parameter 1 of Length: Text expected, got Number
