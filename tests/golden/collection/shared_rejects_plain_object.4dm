// A shared collection only accepts scalars and shared values
var $s : Collection
$s:=New shared collection(1)
$s.push(New object("a"; 1))  // expect runtime error: Not supported value type in a shared object or collection
