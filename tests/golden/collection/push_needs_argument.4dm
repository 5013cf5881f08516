// push() without any element is a parameter-count error
var $c : Collection
$c:=New collection
$c.push()  // expect runtime error: Collection.push: expects at least 1 parameter(s), got 0
