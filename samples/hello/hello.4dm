// A first 4D method: run it with `run4d samples/hello/hello.4dm`
var $greeting : Text
var $people : Collection

$greeting:="Hello"
$people:=["Ada"; "Grace"; "Margaret"]
For each ($name; $people)
	ALERT($greeting+", "+$name+"!")
End for each
