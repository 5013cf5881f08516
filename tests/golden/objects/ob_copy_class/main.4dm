// OB Copy of a class instance keeps its class (run4d's choice) and copies its data
var $t; $c : cs.Tag
$t:=cs.Tag.new("hi")
$c:=OB Copy($t)
$c.label:="yo"
ALERT(String(OB Instance of($c; cs.Tag)))  // expect: True
ALERT($c.shout()+" "+$t.shout())  // expect: YO HI
