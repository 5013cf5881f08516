// SET BLOB SIZE writes into its first parameter: an expression that is not a variable is refused
SET BLOB SIZE("abc"; 1)
// expect runtime error: Parameter 1 of SET BLOB SIZE: SET BLOB SIZE writes into this parameter: a variable is expected, not a Text expression
