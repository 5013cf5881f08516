// Is field value Null, SET FIELD VALUE NULL, GET AUTOMATIC RELATIONS
CREATE RECORD([Employee])
[Employee]lastName:="Null"
ALERT(String(Is field value Null([Employee]notes))+" "+String(Is field value Null([Employee]lastName)))  // expect: True False
[Employee]notes:="some"
[Employee]employerID:=5
SAVE RECORD([Employee])
ALERT(String(Is field value Null([Employee]notes)))  // expect: False
SET FIELD VALUE NULL([Employee]notes)
SET FIELD VALUE NULL([Employee]employerID)
SAVE RECORD([Employee])
ALERT(String(Is field value Null([Employee]notes))+" "+String(Is field value Null([Employee]employerID)))  // expect: True True
$e:=ds.Employee.query("lastName = :1"; "Null").first()
ALERT(String($e.notes=Null)+" "+String($e.employerID=Null))  // expect: True True
// a field that maps Null values to blank values is never Null
SET FIELD VALUE NULL([Employee]salary)
ALERT(String(Is field value Null([Employee]salary))+" "+String([Employee]salary))  // expect: False 0
UNLOAD RECORD([Employee])
ALERT(String(Is field value Null([Employee]notes)))  // expect: False
GET AUTOMATIC RELATIONS($one; $many)
ALERT(String($one)+" "+String($many))  // expect: True True
