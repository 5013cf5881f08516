var $n : Integer
ARRAY TEXT(atShown;2)
atShown{1}:="north"
atShown{2}:="south"
vStop:=False
<>ready:=True
While (Not(vStop) & ($n<500))
	DELAY PROCESS(Current process;1)
	$n:=$n+1
End while
ALERT("publisher: "+atShown{1})  // expect: publisher: east
