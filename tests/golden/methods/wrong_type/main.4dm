// A wrong type for a named parameter is an error when the method is called
ALERT(needText("ok"))  // expect: got ok
ALERT(needText(42))  // expect runtime error: Parameter 1 of needText: Text expected, got Number
