// A class object is a shared object: code may keep its own properties on it
var $a:=cs.Registry.new()
var $b:=cs.Registry.new()
ALERT(String(cs.Registry.count))  // expect: 2
ALERT(String(OB Class($a)=cs.Registry))  // expect: True
ALERT(String(OB Is shared(cs.Registry)))  // expect: True
Try
	cs.Registry.count:=10
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10709
End try
Use (cs.Registry)
	cs.Registry.log:=New shared collection("first")
End use 
ALERT(cs.Registry.log[0]+" "+String(OB Is shared(cs.Registry.log)))  // expect: first True
CALL WORKER("w"; Formula(ALERT("worker sees "+String(cs.Registry.count))))  // expect: worker sees 2
