// filter() of a shared collection returns a shared collection
var $s; $big : Collection
$s:=New shared collection(1; 5; 10)
$big:=$s.filter(Formula($1.value>2))
ALERT(JSON Stringify($big))  // expect: [5,10]
$big[0]:=0  // expect runtime error: A shared collection can only be modified inside Use...End use
