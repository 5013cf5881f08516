// Formulas are immutable: shared objects and collections may hold them; Use on an immutable shareable object does nothing
var $o:=New shared object("double"; Formula($1*2); "file"; File("/RESOURCES/x.txt"))
ALERT(String($o.double(21)))  // expect: 42
Use ($o)
	$o.triple:=Formula($1*3)
End use 
var $c:=New shared collection(Formula("in a collection"))
ALERT($c[0].call())  // expect: in a collection
ALERT(String(OB Is shared($o.triple))+" "+String(OB Is shared(4D.Blob.new())))  // expect: True True
var $b:=4D.Blob.new()
Use ($b)
End use 
Use (Storage)
	Storage.tools:=$o
End use 
CALL WORKER("w"; Formula(ALERT("worker: "+String(Storage.tools.triple(5)))))  // expect: worker: 15
