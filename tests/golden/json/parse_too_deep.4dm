// Nesting is limited to 512 levels: deeper JSON is refused with a parse error
var $v : Variant
$v:=JSON Parse(("["*512)+("]"*512))
ALERT("512 levels are fine")  // expect: 512 levels are fine
$v:=JSON Parse(("["*513)+("]"*513))
// expect runtime error: JSON parse error: nesting too deep
