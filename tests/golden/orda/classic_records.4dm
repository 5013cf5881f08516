// Records: creating, saving, deleting, loading; what the classic functions tell about them
CREATE RECORD([Company])
ALERT(String(Is new record([Company]))+" "+String(Modified record([Company]))+" "+String(Record number([Company])))  // expect: True True -3
[Company]name:="Acme"
[Company]revenues:=12.5
ALERT([Company]name+" "+String([Company]revenues)+" "+String([Company]ID))  // expect: Acme 12.5 0
SAVE RECORD([Company])
ALERT(String([Company]ID)+" "+String(Is new record([Company]))+" "+String(Modified record([Company])))  // expect: 1 False False
ALERT(String(Records in selection([Company])))  // expect: 0
// ORDA sees what the classic language saved, and the other way round
$e:=ds.Company.get(1)
ALERT($e.name)  // expect: Acme
$e.city:="Paris"
$e.save()
ALL RECORDS([Company])
ALERT([Company]city)  // expect: Paris
// modify and save; an unmodified record is not saved again
[Company]city:="Lyon"
ALERT(String(Modified record([Company])))  // expect: True
SAVE RECORD([Company])
ALERT(String(ds.Company.get(1).getStamp()))  // expect: 3
SAVE RECORD([Company])
ALERT(String(ds.Company.get(1).getStamp()))  // expect: 3
// assignments convert as the field's type asks
[Company]revenues:="7"
ALERT(String([Company]revenues+1))  // expect: 8
UNLOAD RECORD([Company])
ALERT(String(Is record loaded([Company]))+" ["+[Company]name+"]")  // expect: False []
LOAD RECORD([Company])
ALERT([Company]name+" "+String([Company]revenues))  // expect: Acme 12.5
// a date field, a Boolean field, a field through a pointer
CREATE RECORD([Employee])
[Employee]lastName:="Hopper"
[Employee]birthDate:=!1906-12-09!
[Employee]woman:=True
$p:=->[Employee]salary
$p->:=4000
[Employee]employerID:=[Company]ID
SAVE RECORD([Employee])
ALERT(String([Employee]birthDate; ISO date)+" "+String([Employee]woman)+" "+String($p->))  // expect: 1906-12-09T00:00:00 True 4000
ALERT(ds.Employee.get([Employee]ID).employer.name)  // expect: Acme
// DUPLICATE RECORD copies everything but the primary key
DUPLICATE RECORD([Employee])
ALERT(String(Is new record([Employee]))+" "+[Employee]lastName)  // expect: True Hopper
SAVE RECORD([Employee])
ALERT(String(Records in table([Employee]))+" "+String([Employee]ID))  // expect: 2 2
// deleting
ALL RECORDS([Employee])
DELETE RECORD([Employee])
ALERT(String(Records in table([Employee]))+" "+String(Records in selection([Employee])))  // expect: 1 1
CREATE RECORD([Employee])
[Employee]lastName:="Turing"
SAVE RECORD([Employee])
ALL RECORDS([Employee])
DELETE SELECTION([Employee])
ALERT(String(Records in table([Employee]))+" "+String(Records in selection([Employee]))+" "+String(Records in set("LockedSet")))  // expect: 0 0 0
// a duplicated unique key is refused
CREATE RECORD([Project])
[Project]title:="one"
SAVE RECORD([Project])
$code:=[Project]code
CREATE RECORD([Project])
[Project]code:=$code
[Project]title:="two"
Try
	SAVE RECORD([Project])
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -9998
End try
// READ ONLY / READ WRITE, Sequence number
ALERT(String(Read only state([Company])))  // expect: False
READ ONLY([Company])
ALERT(String(Read only state([Company])))  // expect: True
READ WRITE(*)
ALERT(String(Read only state([Company]))+" "+String(Locked([Company])))  // expect: False False
$s1:=Sequence number([Company])
CREATE RECORD([Company])
[Company]name:="Beta"
SAVE RECORD([Company])
ALERT(String($s1)+" "+String([Company]ID))  // expect: 2 3
// transactions hold classic writes too
START TRANSACTION
CREATE RECORD([Company])
[Company]name:="Gone"
SAVE RECORD([Company])
ALERT(String(Records in table([Company])))  // expect: 3
CANCEL TRANSACTION
ALERT(String(Records in table([Company])))  // expect: 2
