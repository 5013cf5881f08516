// Objects are iterated by reference, scalars by value
var $people : Collection
$people:=[{name: "a"}; {name: "b"}]
For each ($p; $people)
	$p.name:=Uppercase($p.name)
End for each
ALERT(JSON Stringify($people))  // expect: [{"name":"A"},{"name":"B"}]
