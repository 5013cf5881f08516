// A base outside 2..36 is an error
ALERT(String(10; 37))
// expect runtime error: String: the base must be between 2 and 36, got 37
