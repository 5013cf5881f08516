// Relations (RELATE ONE/MANY and their selection forms), Old and Modified, commands on a series
For each ($c; [["Acme"; "Paris"; 100]; ["Beta"; "Lyon"; 50]; ["Gamma"; "Paris"; 70]])
	CREATE RECORD([Company])
	[Company]name:=$c[0]
	[Company]city:=$c[1]
	[Company]revenues:=$c[2]
	SAVE RECORD([Company])
End for each
For each ($e; [["Lovelace"; 1; 5000]; ["Hopper"; 2; 7000]; ["Turing"; 1; 6000]])
	CREATE RECORD([Employee])
	[Employee]lastName:=$e[0]
	[Employee]employerID:=$e[1]
	[Employee]salary:=$e[2]
	SAVE RECORD([Employee])
End for each
QUERY([Employee]; [Employee]lastName="Hopper")
RELATE ONE([Employee])
ALERT([Company]name+" "+String(Records in selection([Company])))  // expect: Beta 1
QUERY([Employee]; [Employee]lastName="Turing")
RELATE ONE([Employee]employerID)
ALERT([Company]name)  // expect: Acme
RELATE MANY([Company])
ALERT(String(Records in selection([Employee]))+" "+[Employee]lastName)  // expect: 2 Lovelace
QUERY([Company]; [Company]city="Paris")
RELATE MANY SELECTION([Employee]employerID)
ALERT(String(Records in selection([Employee])))  // expect: 2
QUERY([Employee]; [Employee]salary>5500)
RELATE ONE SELECTION([Employee]; [Company])
ALERT(String(Records in selection([Company])))  // expect: 2
// Old and Modified
ALL RECORDS([Company])
[Company]name:="ACME"
ALERT(Old([Company]name)+" "+[Company]name+" "+String(Modified([Company]name))+" "+String(Modified([Company]city)))  // expect: Acme ACME True False
UNLOAD RECORD([Company])
// series: a field over the current selection, or an array
ALL RECORDS([Employee])
ALERT(String(Sum([Employee]salary))+" "+String(Average([Employee]salary))+" "+String(Min([Employee]salary))+" "+String(Max([Employee]salary)))  // expect: 18000 6000 5000 7000
QUERY([Employee]; [Employee]salary<6500)
ALERT(String(Sum([Employee]salary))+" "+String(Std deviation([Employee]salary)))  // expect: 11000 707.1067811865
ARRAY REAL($a; 3)
$a{1}:=1
$a{2}:=2
$a{3}:=4
ALERT(String(Sum($a))+" "+String(Average($a))+" "+String(Max($a))+" "+String(Sum squares($a)))  // expect: 7 2.333333333333 4 21
ALL RECORDS([Company])
DISTINCT VALUES([Company]city; $cities; $counts)
ALERT(String(Size of array($cities))+" "+$cities{1}+"="+String($counts{1})+" "+$cities{2}+"="+String($counts{2}))  // expect: 2 Lyon=1 Paris=2
REDUCE SELECTION([Company]; 0)
ALERT(String(Sum([Company]revenues))+" "+String(Max([Company]revenues)))  // expect: 0 0
// expressions evaluated for each record
ALL RECORDS([Employee])
QUERY BY FORMULA([Employee]; [Employee]salary>5500)
ALERT(String(Records in selection([Employee])))  // expect: 2
QUERY SELECTION BY FORMULA([Employee]; Length([Employee]lastName)=6)
ALERT([Employee]lastName)  // expect: Hopper
ALL RECORDS([Employee])
ORDER BY FORMULA([Employee]; Length([Employee]lastName); <; [Employee]salary; >)
SELECTION TO ARRAY([Employee]lastName; $names)
ALERT($names{1}+","+$names{2}+","+$names{3})  // expect: Lovelace,Turing,Hopper
APPLY TO SELECTION([Employee]; [Employee]salary:=[Employee]salary+100)
ALERT(String(Sum([Employee]salary))+" "+String([Employee]salary))  // expect: 18300 5100
APPLY TO SELECTION([Employee]; [Employee]lastName:=Uppercase([Employee]lastName))
ALERT(String(ds.Employee.query("lastName = :1"; "TURING").first().salary))  // expect: 6100
// QUERY BY ATTRIBUTE: a path in an object field, mixed with QUERY in one multi-line query
ALL RECORDS([Company])
[Company]extra:={address: {city: "Paris"}; size: 10}
SAVE RECORD([Company])
NEXT RECORD([Company])
[Company]extra:={address: {city: "Lyon"}; size: 200}
SAVE RECORD([Company])
QUERY BY ATTRIBUTE([Company]; [Company]extra; "address.city"; =; "paris")
ALERT(String(Records in selection([Company]))+" "+[Company]name)  // expect: 1 Acme
QUERY BY ATTRIBUTE([Company]; [Company]extra; "size"; >; 5; *)
QUERY([Company]; & ; [Company]city="Lyon")
ALERT([Company]name)  // expect: Beta
QUERY BY ATTRIBUTE([Company]; [Company]extra; "size"; <; 100; *)
QUERY BY ATTRIBUTE([Company]; | ; [Company]extra; "address.city"; =; "Lyon")
ALERT(String(Records in selection([Company])))  // expect: 2
