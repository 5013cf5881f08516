// QUERY and ORDER BY as legacy code writes them
For each ($c; [["Acme"; "Paris"; 100]; ["Beta"; "Lyon"; 50]; ["Gamma"; "paris"; 70]; ["Delta"; "Nice"; 10]])
	CREATE RECORD([Company])
	[Company]name:=$c[0]
	[Company]city:=$c[1]
	[Company]revenues:=$c[2]
	SAVE RECORD([Company])
End for each
For each ($e; [["Ada"; "Lovelace"; 1]; ["Grace"; "Hopper"; 2]; ["Alan"; "Turing"; 1]])
	CREATE RECORD([Employee])
	[Employee]firstName:=$e[0]
	[Employee]lastName:=$e[1]
	[Employee]employerID:=$e[2]
	SAVE RECORD([Employee])
End for each
QUERY([Company]; [Company]city="paris")  // case and accents do not matter
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 2 Acme
QUERY([Company]; [Company]name="@a")  // @ wildcard
ALERT(String(Records in selection([Company])))  // expect: 3
QUERY([Company]; [Company]revenues>=70)
ALERT(String(Records in selection([Company])))  // expect: 2
QUERY([Company]; [Company]revenues#70)
ALERT(String(Records in selection([Company])))  // expect: 3
// multi-line queries, left to right: (Paris or Lyon) except revenues < 60, then and
QUERY([Company]; [Company]city="Paris"; *)
QUERY([Company]; | ; [Company]city="Lyon"; *)
QUERY([Company]; # ; [Company]revenues<60)
ALERT(String(Records in selection([Company])))  // expect: 2
QUERY([Company]; [Company]city="Paris"; *)
QUERY([Company]; & [Company]revenues<80)
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 1 Gamma
// criteria built separately, then run by QUERY without criterion
QUERY([Company]; [Company]revenues>20; *)
If (True)
	QUERY([Company]; [Company]city#"Lyon"; *)
End if
QUERY([Company])
ALERT(String(Records in selection([Company])))  // expect: 2
// the comparator as a text, the field as a pointer
$op:=">"
QUERY([Company]; [Company]revenues; $op; 60)
ALERT(String(Records in selection([Company])))  // expect: 2
$p:=->[Company]name
QUERY([Company]; $p->="b@")
ALERT([Company]name)  // expect: Beta
// a field of a related table (N->1 and 1->N)
QUERY([Employee]; [Company]name="Acme")
ALERT(String(Records in selection([Employee])))  // expect: 2
QUERY([Company]; [Employee]lastName="Hopper")
ALERT([Company]name)  // expect: Beta
// QUERY SELECTION searches the current selection
QUERY([Company]; [Company]revenues>20)
QUERY SELECTION([Company]; [Company]city="paris")
ALERT(String(Records in selection([Company])))  // expect: 2
// ORDER BY: levels, directions, pointers, built with *
ALL RECORDS([Company])
ORDER BY([Company]; [Company]name; <)
ALERT([Company]name)  // expect: Gamma
ORDER BY([Company]; [Company]city; >; [Company]revenues; <)
ARRAY TEXT($names; 0)
SELECTION TO ARRAY([Company]name; $names)
ALERT($names{1}+","+$names{2}+","+$names{3}+","+$names{4})  // expect: Beta,Delta,Acme,Gamma
ORDER BY([Company]; $p->; >; *)
ORDER BY([Company])
ALERT([Company]name)  // expect: Acme
ALL RECORDS([Employee])
ORDER BY([Employee]; [Company]name; <; [Employee]lastName; >)
SELECTION TO ARRAY([Employee]lastName; $names)
ALERT($names{1}+","+$names{2}+","+$names{3})  // expect: Hopper,Lovelace,Turing
// QUERY WITH ARRAY, SET QUERY DESTINATION
ARRAY TEXT($cities; 2)
$cities{1}:="Nice"
$cities{2}:="Lyon"
QUERY WITH ARRAY([Company]city; $cities)
ALERT(String(Records in selection([Company])))  // expect: 2
var $n : Integer
SET QUERY DESTINATION(3; $n)  // Into variable (the constant belongs to the constants tables)
QUERY([Company]; [Company]city="Paris")
SET QUERY DESTINATION(0)
ALERT(String($n)+" "+String(Records in selection([Company])))  // expect: 2 2
// bad arguments
Try
	QUERY([Company]; [Company]name; "~"; 1)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10819
End try
