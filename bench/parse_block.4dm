// A block of typical 4D code, repeated to make a 10,000-line file
var $i; $n : Integer
var $t : Text
var $o : Object
$o:={name: "x"; list: [1; 2; 3]; nested: {a: True}}
For ($i; 1; 10)
	If ($i%2=0) & ($o.name#"")
		$t:=$t+String($i)+","
	Else
		$n:=$n+($i*2)
	End if
End for
Case of
	: ($n>10)
		ALERT("big")
	: ($n>5)
		ALERT("medium")
	Else
		ALERT("small")
End case
For each ($v; $o.list)
	$o.total:=($o.total || 0)+$v
End for each
$t:=Uppercase(Substring($t; 1; 5))+JSON Stringify($o)
