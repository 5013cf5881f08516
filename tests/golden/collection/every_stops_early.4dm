// every() stops calling the callback at the first False result
var $c; $seen : Collection
$c:=New collection(1; -2; 3; 4)
$seen:=New collection
$r:=$c.every(Formula(($2.push($1.value)#Null) && ($1.value>0)); $seen)
ALERT(String($r))  // expect: False
ALERT(JSON Stringify($seen))  // expect: [1,-2]
