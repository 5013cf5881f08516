// DOM EXPORT TO VAR writes a DOCTYPE once, where the document has it (here after a comment)
var $root; $t : Text
var $n; $at : Integer
$root:=DOM Parse XML variable("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand -->\n<!DOCTYPE a PUBLIC \"-//X//EN\" \"x.dtd\">\n<a><b/></a>")
DOM EXPORT TO VAR($root; $t)
$at:=Position("<!DOCTYPE"; $t)
While ($at>0)
	$n:=$n+1
	$at:=Position("<!DOCTYPE"; $t; $at+1)
End while
ALERT(String($n))  // expect: 1
ALERT(String(Position("<!-- made by hand -->"; $t)<Position("<!DOCTYPE"; $t)))  // expect: True
