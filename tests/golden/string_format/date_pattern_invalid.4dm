// A letter that is not a pattern symbol is an error
ALERT(String(!2024-02-05!; "dd today"))
// expect runtime error: String: invalid pattern letter 't' in "dd today"
