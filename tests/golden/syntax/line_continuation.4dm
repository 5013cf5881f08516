// A backslash at the end of a line glues the next line to the statement
var $o : Object
$o:={\
	name: "run4d"; \
	list: [1; 2; 3]\
	}
ALERT(JSON Stringify($o))  // expect: {"name":"run4d","list":[1,2,3]}
ALERT("a"+\
	"b")  // expect: ab
$x:=7\2
ALERT(String($x))  // expect: 3
