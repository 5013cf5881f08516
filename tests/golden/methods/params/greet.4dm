#DECLARE($name : Text; $times : Integer) -> $result : Text
var $i : Integer
For ($i; 1; $times)
	$result:=$result+"Hello "+$name+"! "
End for
