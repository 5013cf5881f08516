// SET BLOB SIZE checks its size and filler
var $b : Blob
SET BLOB SIZE($b; 2; 300)
// expect runtime error: SET BLOB SIZE: the filler must be 0 to 255, got 300
