// Case of runs only the first true branch; Else when none is true
var $n : Integer
For ($n; 1; 4)
	Case of
		: ($n=1)
			ALERT("one")
		: ($n<3)
			ALERT("less than three")
		: ($n<4)
			ALERT("less than four")
		Else
			ALERT("other")
	End case
End for
// expect: one
// expect: less than three
// expect: less than four
// expect: other
$type:="car"
Case of
	: $type="car"
		ALERT("no parentheses needed")  // expect: no parentheses needed
End case
Case of
	Else
		ALERT("only an Else")  // expect: only an Else
End case
