// Storage: one shared catalogue for every process; writing needs Use (Storage); it holds shared objects and collections only
ALERT(String(OB Is shared(Storage))+" "+String(OB Is empty(Storage)))  // expect: True True
Use (Storage)
	Storage.counters:=New shared object("n"; 0)
	Storage.names:=New shared collection()
End use
Use (Storage.counters)
	Storage.counters.n:=Storage.counters.n+1
End use
ALERT(String(Storage.counters.n)+" "+JSON Stringify(OB Keys(Storage)))  // expect: 1 ["counters","names"]
Try
	Storage.other:=New shared object
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10709
End try
Try
	Use (Storage)
		Storage.plain:=New object
	End use
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10718
End try
Try
	Use (Storage)
		Storage.n:=1
	End use
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10718
End try
// A stored object keeps its own lock: using it does not need Use (Storage)
Use (Storage.names)
	Storage.names.push("a")
End use
ALERT(Storage.names.join(","))  // expect: a
