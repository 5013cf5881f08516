// Get pointer: a pointer to a process or interprocess variable, or an array element, by name
vCounter:=5
$p:=Get pointer("vCounter")
$p->:=$p->+1
ALERT(String(vCounter))  // expect: 6
For ($i;1;3)
	$v:=Get pointer("slot"+String($i))
	$v->:="s"+String($i)
End for
ALERT(slot1+slot2+slot3)  // expect: s1s2s3
ARRAY TEXT(atCities;2;3)
$c:=Get pointer("atCities{2}{3}")
$c->:="Quito"
ALERT(atCities{2}{3})  // expect: Quito
<>gLimit:=10
$g:=Get pointer("<>gLimit")
ALERT(String($g->))  // expect: 10
ALERT(String($c=(->atCities{2}{3})))  // expect: True
$bad:=Get pointer("not a name")
// expect runtime error: Get pointer: "not a name" is not a process or interprocess variable name
