// Trim wants a text
ALERT(Trim(True))
// expect runtime error: Parameter 1 of Trim: Text expected, got Boolean
