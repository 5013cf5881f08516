// 1..1,000,000 integer loop with arithmetic
var $i : Integer
var $sum : Real
For ($i; 1; 1000000)
	$sum:=$sum+(($i%7)*2)-1
End for
