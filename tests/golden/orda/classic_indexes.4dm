// CREATE INDEX, DELETE INDEX, SET INDEX make and drop real indexes of the engine
GET FIELD PROPERTIES(->[Employee]firstName; $type; $length; $indexed)
ALERT(String($indexed))  // expect: False
ARRAY POINTER($fields; 1)
$fields{1}:=->[Employee]firstName
CREATE INDEX([Employee]; $fields; Standard BTree index; "EmpFirst")
GET FIELD PROPERTIES(->[Employee]firstName; $type; $length; $indexed)
ALERT(String($indexed)+" "+String(ds.Employee.firstName.indexed))  // expect: True True
// an index of that name exists: nothing happens
$fields{1}:=->[Employee]salary
CREATE INDEX([Employee]; $fields; Standard BTree index; "EmpFirst")
GET FIELD PROPERTIES(->[Employee]salary; $type; $length; $indexed)
ALERT(String($indexed))  // expect: False
// a composite index marks no single field
ARRAY POINTER($fields; 2)
$fields{1}:=->[Employee]salary
$fields{2}:=->[Employee]birthDate
CREATE INDEX([Employee]; $fields; Default index type; "SalaryBirth")
GET FIELD PROPERTIES(->[Employee]salary; $type; $length; $indexed)
ALERT(String($indexed))  // expect: False
// queries still work through the indexes
CREATE RECORD([Employee])
[Employee]firstName:="Ann"
[Employee]salary:=10
SAVE RECORD([Employee])
QUERY([Employee]; [Employee]firstName="ann")
ALERT(String(Records in selection([Employee])))  // expect: 1
// DELETE INDEX by name, then by field
DELETE INDEX("SalaryBirth")
DELETE INDEX("NoSuchIndex")
DELETE INDEX(->[Employee]firstName)
GET FIELD PROPERTIES(->[Employee]firstName; $type; $length; $indexed)
ALERT(String($indexed))  // expect: False
// SET INDEX: True / a type / False
SET INDEX([Employee]notes; True)
GET FIELD PROPERTIES(->[Employee]notes; $type; $length; $indexed)
ALERT(String($indexed))  // expect: True
SET INDEX([Employee]notes; False)
GET FIELD PROPERTIES(->[Employee]notes; $type; $length; $indexed)
ALERT(String($indexed))  // expect: False
SET INDEX([Employee]notes; Keywords index; *)
ALERT(String(ds.Employee.notes.keywordIndexed)+" "+String(ds.Employee.notes.indexed))  // expect: True False
// SET INDEX(False) leaves a keywords index
SET INDEX([Employee]notes; False)
ALERT(String(ds.Employee.notes.keywordIndexed))  // expect: True
DELETE INDEX(->[Employee]notes)
ALERT(String(ds.Employee.notes.keywordIndexed))  // expect: False
// what cannot be indexed
ARRAY POINTER($fields; 2)
$fields{1}:=->[Employee]firstName
$fields{2}:=->[Employee]lastName
Try
	CREATE INDEX([Employee]; $fields; Keywords index; "kw2")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10825
End try
ARRAY POINTER($fields; 1)
$fields{1}:=->[Company]name
Try
	CREATE INDEX([Employee]; $fields; 1; "other")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10825
End try
$fields{1}:=->[Employee]extra
Try
	CREATE INDEX([Employee]; $fields; 1; "obj")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10825
End try
Try
	SET INDEX([Employee]salary; 7)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10825
End try
