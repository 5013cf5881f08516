// orderBy() without criteria or with ck descending orders scalar values
var $c : Collection
$c:=New collection(3; "x"; 1; Null)
ALERT(JSON Stringify($c.orderBy()))  // expect: [null,"x",1,3]
ALERT(JSON Stringify($c.orderBy(ck descending)))  // expect: [3,1,"x",null]
ALERT(JSON Stringify($c))  // expect: [3,"x",1,null]
