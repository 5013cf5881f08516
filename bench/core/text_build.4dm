// Building a 100,000-part text
var $t : Text
var $i : Integer
For ($i; 1; 100000)
	$t:=$t+"x"
End for
