// Passing more parameters than a member function accepts is an error
var $c : Collection
$c:=New collection(1; 2; 3)
$c.slice(0; 1; 2)  // expect runtime error: Collection.slice: expects 1 to 2 parameter(s), got 3
