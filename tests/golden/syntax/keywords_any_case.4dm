// Keywords and command names are case-insensitive
var $n : integer
$n:=2
if ($n=2)
	alert("lower case works")  // expect: lower case works
ELSE
	ALERT("no")
END IF
CASE OF
	: ($n=1)
	: ($n=2)
		ALERT("case ok")  // expect: case ok
end case
