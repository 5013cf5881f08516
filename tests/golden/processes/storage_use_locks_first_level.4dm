// Use (Storage) locks Storage's first-level attributes too: they can be written inside it
Use (Storage)
	If (Storage.states=Null)
		Storage.states:=New shared object
	End if
	Storage.states["w1"]:=New shared object("installed"; True)  // an attribute of a first-level attribute
	Storage.list:=New shared collection
	Storage.list[0]:="added in the same Use"
End use
ALERT(JSON Stringify(Storage))  // expect: {"states":{"w1":{"installed":true}},"list":["added in the same Use"]}
Try
	Storage.states.other:=1
Catch
	ALERT("outside Use: "+String(Last errors[0].errCode))  // expect: outside Use: -10709
End try
Use (Storage.states)
	Storage.states.other:=1
End use
ALERT(String(Storage.states.other))  // expect: 1
