// What an entity remembers of its changes: touched(), touchedAttributes(), Old, auto merge, before and after save
var $e; $again; $other : cs.EmployeeEntity
$e:=ds.Employee.new()
ALERT(String($e.touched())+" "+JSON Stringify($e.touchedAttributes()))  // expect: False []
$e.firstName:="Ada"
$e.salary:=5000
$e.firstName:="Ada B."
ALERT(String($e.touched())+" "+JSON Stringify($e.touchedAttributes()))  // expect: True ["firstName","salary"]
ALERT(JSON Stringify($e.save())+" "+String($e.touched())+" "+JSON Stringify($e.touchedAttributes())+" "+String($e.getStamp()))  // expect: {"success":true} False [] 1
ALERT(String($e.isNew())+" "+String($e.ID>0))  // expect: False True
// changed after its first save: the old values count again (auto merge)
$other:=ds.Employee.get($e.ID)
$other.lastName:="Lovelace"
ALERT(JSON Stringify($other.save()))  // expect: {"success":true}
$e.salary:=6000
ALERT(JSON Stringify($e.touchedAttributes())+" "+JSON Stringify($e.save(dk auto merge)))  // expect: ["salary"] {"success":true,"autoMerged":true}
$again:=ds.Employee.get($e.ID)
ALERT($again.firstName+" "+$again.lastName+" "+String($again.salary)+" "+String($again.getStamp()))  // expect: Ada B. Lovelace 6000 3
$other.salary:=1
ALERT(JSON Stringify($other.save(dk auto merge)))  // expect: {"success":false,"status":6,"statusText":"Auto merge failed"}
// a relation set on a new entity, then read back
$c:=ds.Company.new()
$c.name:="Acme"
$c.save()
$e:=ds.Employee.new()
$e.lastName:="Hopper"
$e.employer:=$c
ALERT(JSON Stringify($e.touchedAttributes())+" "+$e.employer.name)  // expect: ["lastName","employer","employerID"] Acme
$e.save()
ALERT(ds.Employee.get($e.ID).employer.name+" "+JSON Stringify($e.touchedAttributes()))  // expect: Acme []
// a failed save keeps what was touched
$e:=ds.Employee.new()
$e.firstName:="Kept"
$e.drop()
ALERT(JSON Stringify($e.touchedAttributes()))  // expect: ["firstName"]
// Old: a new record's fields were blank; a duplicated record's are the copied values
CREATE RECORD([Company])
[Company]name:="Initech"
ALERT("<"+Old([Company]name)+"> "+[Company]name+" "+String(Modified([Company]name)))  // expect: <> Initech True
SAVE RECORD([Company])
[Company]name:="Initrode"
ALERT(Old([Company]name)+" "+[Company]name)  // expect: Initech Initrode
SAVE RECORD([Company])
DUPLICATE RECORD([Company])
ALERT(Old([Company]name)+" "+String(Modified([Company]name)))  // expect: Initrode True
[Company]name:="Copy"
ALERT(Old([Company]name)+" "+[Company]name)  // expect: Initrode Copy
SAVE RECORD([Company])
ALERT(String(Records in table([Company])))  // expect: 3
