// A result can only be written into a variable, not into another expression
var $o : Object
$o:={t: "abc"}
BASE64 ENCODE($o.t)
// expect runtime error: Parameter 1 of BASE64 ENCODE: BASE64 ENCODE writes into this parameter: a variable is expected, not a Text expression
