// This: the object a function or formula is called on
$o:=New object("value"; 21; "calc"; Formula(This.value*2))
ALERT(String($o.calc()))  // expect: 42
$b:=cs.Box.new()
ALERT(String($b.twice()))  // expect: 20
ALERT(String($b.twice.call($o)))  // expect: 42
ALERT(String(Formula(This.value).call(New object("value"; 5))))  // expect: 5
ALERT(String(This=Null))  // expect: True
