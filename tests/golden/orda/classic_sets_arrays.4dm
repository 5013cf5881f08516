// Sets, named selections, and selections to and from arrays
ARRAY TEXT($names; 3)
ARRAY TEXT($cities; 3)
ARRAY REAL($revenues; 3)
$names{1}:="Acme"
$names{2}:="Beta"
$names{3}:="Gamma"
$cities{1}:="Paris"
$cities{2}:="Lyon"
$cities{3}:="Paris"
$revenues{1}:=100
$revenues{2}:=50
$revenues{3}:=70
REDUCE SELECTION([Company]; 0)
ARRAY TO SELECTION($names; [Company]name; $cities; [Company]city; *)
ARRAY TO SELECTION($revenues; [Company]revenues)
ALERT(String(Records in table([Company]))+" "+String(Records in selection([Company])))  // expect: 3 3
ALERT(String(ds.Company.query("name = Beta").first().revenues))  // expect: 50
// existing records are overwritten in selection order
ORDER BY([Company]; [Company]name; <)
ARRAY TEXT($upper; 1)
$upper{1}:="GAMMA"
REDUCE SELECTION([Company]; 1)
ARRAY TO SELECTION($upper; [Company]name)
ALERT(ds.Company.get(3).name)  // expect: GAMMA
// SELECTION TO ARRAY: fields, record numbers, a related field, arrays created as needed
ALL RECORDS([Company])
SELECTION TO ARRAY([Company]name; $got; [Company]revenues; $amounts; [Company]; $recnums)
ALERT(String(Size of array($got))+" "+$got{3}+" "+String($amounts{2})+" "+String($recnums{3}))  // expect: 3 GAMMA 50 2
ALERT(String(Type($got))+" "+String(Type($amounts))+" "+String(Type($recnums)))  // expect: 18 14 16
For each ($who; ["Lovelace"; "Hopper"])
	CREATE RECORD([Employee])
	[Employee]lastName:=$who
	[Employee]employerID:=Choose($who="Hopper"; 2; 1)
	SAVE RECORD([Employee])
End for each
ALL RECORDS([Employee])
SELECTION TO ARRAY([Employee]lastName; $last; *)
SELECTION TO ARRAY([Company]name; $employer; *)
SELECTION TO ARRAY
ALERT($last{1}+"@"+$employer{1}+" "+$last{2}+"@"+$employer{2})  // expect: Lovelace@Acme Hopper@Beta
QUERY([Company]; [Company]name="nobody")
SELECTION RANGE TO ARRAY(2; 3; [Company]name; $two)
ALERT(String(Size of array($two)))  // expect: 0
ALL RECORDS([Company])
SELECTION RANGE TO ARRAY(2; 3; [Company]name; $two)
ALERT($two{1}+" "+$two{2})  // expect: Beta GAMMA
LONGINT ARRAY FROM SELECTION([Company]; $numbers)
ALERT(String(Size of array($numbers))+" "+String($numbers{1}))  // expect: 3 0
CREATE SELECTION FROM ARRAY([Company]; $numbers)
ALERT(String(Records in selection([Company])))  // expect: 3
// sets
QUERY([Company]; [Company]city="Paris")
CREATE SET([Company]; "paris")
QUERY([Company]; [Company]revenues>60)
CREATE SET([Company]; "rich")
INTERSECTION("paris"; "rich"; "both")
UNION("paris"; "rich"; "either")
DIFFERENCE("paris"; "rich"; "poor")
ALERT(String(Records in set("both"))+" "+String(Records in set("either"))+" "+String(Records in set("poor")))  // expect: 2 2 0
USE SET("paris")
ALERT(String(Records in selection([Company]))+" "+[Company]name+" "+String(Is in set("rich")))  // expect: 2 Acme True
CREATE EMPTY SET([Company]; "picked")
ADD TO SET([Company]; "picked")
ALERT(String(Records in set("picked")))  // expect: 1
CLEAR SET("picked")
Try
	USE SET("picked")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10820
End try
// named selections keep order and current record
ALL RECORDS([Company])
ORDER BY([Company]; [Company]name; >)
NEXT RECORD([Company])
COPY NAMED SELECTION([Company]; "sorted")
QUERY([Company]; [Company]name="Beta")
USE NAMED SELECTION("sorted")
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 3 Beta
CLEAR NAMED SELECTION("sorted")
// SET QUERY LIMIT, Find in field, LOCKED BY (no other process holds the record), relations are all automatic
SET QUERY LIMIT(1)
QUERY([Company]; [Company]city="Paris")
ALERT(String(Records in selection([Company])))  // expect: 1
SET QUERY LIMIT(0)
ALERT(String(Find in field([Company]name; "beta"))+" "+String(Find in field([Company]name; "none")))  // expect: 1 -1
LOCKED BY([Company]; $proc; $user; $session; $pname)
ALERT(String($proc)+" ["+$pname+"]")  // expect: 0 []
SET AUTOMATIC RELATIONS(True; True)
