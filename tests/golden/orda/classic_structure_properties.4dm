// GET TABLE PROPERTIES and GET RELATION PROPERTIES read the catalog
GET TABLE PROPERTIES(->[Employee]; $invisible; $saveNew; $save; $delete; $load)
ALERT(String($invisible)+" "+String($saveNew)+" "+String($save)+" "+String($delete)+" "+String($load))  // expect: False False False False False
GET TABLE PROPERTIES(1; $invisible)
ALERT(String($invisible))  // expect: False
// the Many-to-One relation a field starts: the One table and field
GET RELATION PROPERTIES(->[Employee]employerID; $oneTable; $oneField; $choice; $autoOne; $autoMany)
ALERT(String($oneTable)+" "+String($oneField)+" "+String($choice)+" "+String($autoOne)+" "+String($autoMany))  // expect: 1 1 0 False False
GET RELATION PROPERTIES(3; 3; $oneTable; $oneField)
ALERT(String($oneTable)+" "+String($oneField))  // expect: 1 1
// a field that starts no relation
GET RELATION PROPERTIES(->[Employee]salary; $oneTable; $oneField)
ALERT(String($oneTable)+" "+String($oneField))  // expect: 0 0
// the primary key is indexed
GET FIELD PROPERTIES(->[Company]ID; $type; $length; $indexed; $unique; $invisibleField)
ALERT(String($indexed)+" "+String($invisibleField))  // expect: True False
Try
	GET TABLE PROPERTIES(9; $invisible)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10814
End try
// data entry attributes (none in this catalog)
GET FIELD ENTRY PROPERTIES(->[Employee]lastName; $list; $mandatory; $displayOnly; $modifiable)
ALERT("["+$list+"] "+String($mandatory)+" "+String($displayOnly)+" "+String($modifiable))  // expect: [] False False True
GET FIELD ENTRY PROPERTIES(2; 3; $list; $mandatory; $displayOnly; $modifiable)
ALERT(String($mandatory))  // expect: False
// the engine keeps its indexes up to date: nothing to pause
PAUSE INDEXES([Employee])
RESUME INDEXES([Employee]; *)
ALERT("resumed")  // expect: resumed
