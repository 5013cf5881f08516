// Formulas that only read properties of $1 (run without building $1) behave as the others
var $c; $o : Collection
var $k : Integer
$c:=New collection(3; 1; 2; 10)
$k:=5
ALERT(JSON Stringify($c.map(Formula($1.value+$k))))  // expect: [8,6,7,15]
ALERT(JSON Stringify($c.map(Formula($1.result))))  // expect: [null,null,null,null]
ALERT(String($c.map(Formula($1.stop)).length))  // expect: 4
ALERT(JSON Stringify($c.filter(Formula($1.value>=3))))  // expect: [3,10]
ALERT(String($c.find(Formula($1.value<3))))  // expect: 1
ALERT(String($c.findIndex(Formula($1.value=2); 1)))  // expect: 2
ALERT(String($c.every(Formula($1.value>0))))  // expect: True
ALERT(String($c.some(Formula($1.value>100))))  // expect: False
// A formula that does not set $1.accumulator leaves it as it is.
ALERT(String($c.reduce(Formula($1.accumulator+$1.value); 7)))  // expect: 7
ALERT(String($c.reduce(Formula($1.accumulator:=$1.accumulator+$1.value); 0)))  // expect: 16
ALERT(JSON Stringify($c.sort(Formula($1.value>$1.value2))))  // expect: [10,3,2,1]
ALERT(JSON Stringify($c.orderByMethod(Formula($1.value<$1.value2))))  // expect: [1,2,3,10]
$o:=New collection(New object("n"; 2); New object("n"; 1))
ALERT(JSON Stringify($o.sort(Formula($1.value.n<$1.value2.n))))  // expect: [{"n":1},{"n":2}]
// $1 itself, $2 or Count parameters: the formula gets the whole $1 object.
ALERT(JSON Stringify($c.map(Formula(OB Keys($1)))))  // expect: [["value"],["value"],["value"],["value"]]
ALERT(JSON Stringify($c.map(Formula($1.value*$2); 2)))  // expect: [20,6,4,2]
ALERT(JSON Stringify($c.map(Formula(Count parameters))))  // expect: [1,1,1,1]
// Errors inside are reported as in any formula.
Try
	$c.map(Formula($1.value.x))
Catch
	ALERT(Last errors[0].message)  // expect: A Number value is not an object
End try
