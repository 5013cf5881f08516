// multiSort() needs collections of the same length
var $c : Collection
$c:=New collection(2; 1)
$c.multiSort(New collection(New collection(1)))  // expect runtime error: Collection.multiSort: every collection must have the same length
