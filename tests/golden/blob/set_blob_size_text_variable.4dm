// SET BLOB SIZE changes a blob variable: a variable holding a Text is refused
var $t : Text
SET BLOB SIZE($t; 1)
// expect runtime error: Parameter 1 of SET BLOB SIZE: Blob expected, got Text
