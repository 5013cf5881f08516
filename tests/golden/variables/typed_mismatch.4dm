// Assigning a value of another type to a typed variable is an error
var $n : Integer
$n:="text"  // expect runtime error: Cannot assign Text to $n, declared as Integer
