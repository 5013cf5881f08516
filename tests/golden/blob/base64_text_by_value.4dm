// A Text variable passed directly cannot receive the result: run4d asks for a pointer
var $t : Text
$t:="abc"
BASE64 ENCODE($t)
// expect runtime error: Parameter 1 of BASE64 ENCODE: BASE64 ENCODE changes this parameter
