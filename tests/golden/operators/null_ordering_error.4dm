// Ordering comparisons with Null are errors
$b:=Null>1  // expect runtime error: Incompatible types: Null > Number
