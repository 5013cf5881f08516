// ORDA user classes: DataStore, <Table>, <Table>Entity, <Table>Selection, computed attributes
ds.Company.fromCollection([{name: "Acme"; revenues: 1000}; {name: "Beta"; revenues: 10}; {name: "Gamma"; revenues: 2000}])
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000}; \
{firstName: "Alan"; lastName: "Turing"; salary: 7000; managerID: 1}; {firstName: "Grace"; lastName: "Hopper"; salary: 6000}])
ALERT(ds.getDesc())  // expect: Employees and their companies
ALERT(ds.Company.bestOnes().name.join(","))  // expect: Gamma
ALERT(ds.Employee.all().aboveAverage().firstName.join(","))  // expect: Alan
$e:=ds.Employee.get(2)
ALERT($e.fullName)  // expect: Alan Turing
ALERT($e.boss.fullName)  // expect: Ada Lovelace
$e.fullName:="Alan Mathison"
ALERT($e.firstName+"|"+$e.lastName+"|"+JSON Stringify($e.touchedAttributes()))  // expect: Alan|Mathison|["firstName","lastName","fullName"]
ALERT(JSON Stringify($e.raise(10))+" "+String(ds.Employee.get(2).salary))  // expect: {"success":true} 7700
ALERT(ds.Employee.query("fullName = :1"; "grace h@").lastName.join(","))  // expect: Hopper
ALERT(ds.Employee.all().orderBy("fullName desc").firstName.join(","))  // expect: Alan,Ada,Grace
ALERT(ds.Employee.fullName.kind+" "+ds.Employee.fullName.type+" "+String(ds.Employee.fullName.readOnly))  // expect: calculated string False
ALERT(ds.Employee.boss.kind+" "+String(ds.Employee.boss.readOnly))  // expect: calculated True
// a computed attribute's type is its getter's declared result; exposed is the function's keyword
ALERT(ds.Employee.boss.type+" "+String(ds.Employee.boss.fieldType)+" "+ds.Employee.payLevel.type+" "+String(ds.Employee.payLevel.fieldType))  // expect: Employee 38 number 9
ALERT(String(ds.Employee.payLevel.exposed)+" "+String(ds.Employee.fullName.exposed))  // expect: True False
ALERT(String(OB Instance of($e; cs.EmployeeEntity))+" "+String(OB Instance of(ds.Company; cs.Company))+" "+String(OB Instance of(ds; cs.DataStore)))  // expect: True True True
ALERT(JSON Stringify(ds.Employee.all().fullName))  // expect: ["Ada Lovelace","Alan Mathison","Grace Hopper"]
alias_query
// expect: Hopper
// expect: Ada
// expect: Ada,Alan
// expect: Hopper,Lovelace,Mathison
// expect: Mathison,Lovelace,Hopper
// expect: Acme Lovelace
// expect: Ada,Grace
// expect: 2 Ada,Grace
// expect: alias employer.name True EmployeeSelection
// expect: Turing-Smith [{"firstName":"Alan","surname":"Turing-Smith","employerName":null}]
// expect: ["Acme","Acme"]
$x:=cs.EmployeeEntity.new()  // expect runtime error: cs.EmployeeEntity cannot be instantiated with new()
