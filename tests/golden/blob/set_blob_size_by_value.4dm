// A value that is not a blob variable cannot be changed by a command: use a pointer
var $t : Text
SET BLOB SIZE($t; 1)
// expect runtime error: pass a Blob variable or a pointer to a variable (->$var)
