// New shared collection refuses a non-shared collection as a value
var $s : Collection
$s:=New shared collection(1; New collection(2))  // expect runtime error: Not supported value type in a shared object or collection
