// The classic language on the datastore: current selection, current record, moving in the selection
For each ($name; ["Acme"; "Beta"; "Gamma"])
	CREATE RECORD([Company])
	[Company]name:=$name
	[Company]city:=Choose($name="Beta"; "Lyon"; "Paris")
	SAVE RECORD([Company])
End for each
ALERT(String(Records in table([Company])))  // expect: 3
ALERT(String(Records in selection([Company])))  // expect: 0
ALL RECORDS([Company])
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 3 Acme
ALERT(String(Selected record number([Company]))+" "+String(Record number([Company])))  // expect: 1 0
NEXT RECORD([Company])
ALERT([Company]name+" "+String(Selected record number([Company])))  // expect: Beta 2
LAST RECORD([Company])
ALERT([Company]name+" "+String(End selection([Company])))  // expect: Gamma False
NEXT RECORD([Company])
ALERT(String(End selection([Company]))+" ["+[Company]name+"] "+String(Record number([Company])))  // expect: True [] -1
ALERT(String(Selected record number([Company])))  // expect: 0
FIRST RECORD([Company])
PREVIOUS RECORD([Company])
ALERT(String(Before selection([Company]))+" "+String(Is record loaded([Company])))  // expect: True False
GOTO SELECTED RECORD([Company]; 3)
ALERT([Company]name)  // expect: Gamma
// a loop as legacy code writes it
$names:=""
FIRST RECORD([Company])
While (Not(End selection([Company])))
	$names:=$names+[Company]name+";"
	NEXT RECORD([Company])
End while
ALERT($names)  // expect: Acme;Beta;Gamma;
// GOTO RECORD: the record becomes the only one of the selection
GOTO RECORD([Company]; 1)
ALERT([Company]name+" "+String(Records in selection([Company])))  // expect: Beta 1
Try
	GOTO RECORD([Company]; 99)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(Records in selection([Company])))  // expect: -10503 0
End try
ALL RECORDS([Company])
REDUCE SELECTION([Company]; 2)
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 2 Acme
// the default table
Try
	ALL RECORDS
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10818
End try
DEFAULT TABLE([Company])
ALL RECORDS
ALERT(String(Records in selection)+" "+Table name(Current default table))  // expect: 3 Company
// ORDA and the classic language share the data and the selection
USE ENTITY SELECTION(ds.Company.query("city = :1"; "Paris"))
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 2 Acme
$es:=Create entity selection([Company])
ALERT(String($es.length)+" "+$es.last().name)  // expect: 2 Gamma
// a table without primary key is not reachable
Try
	ALL RECORDS([Scratch])
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10823
End try
