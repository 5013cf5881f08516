// Entity members: attributes, touched, diff, toObject, fromObject, clone, keys, navigation
ds.Company.fromCollection([{name: "Acme"; city: "Paris"}; {name: "Beta"; city: "Lyon"}])
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000; employerID: 1; birthDate: !1815-12-10!; extra: {langs: ["en"]}}; \
{firstName: "Alan"; lastName: "Turing"; salary: 7000; employerID: 1; managerID: 1}; \
{firstName: "Grace"; lastName: "Hopper"; salary: 6000; employerID: 2; managerID: 1}])
$new:=ds.Employee.new()
ALERT(String($new.isNew())+" "+String($new.getStamp())+" "+String($new.touched())+" ["+$new.firstName+"] "+String($new.salary)+" "+String($new.ID=Null)+" "+String($new.notes=Null))  // expect: True 0 False [] 0 True True
ALERT(String($new.birthDate))  // expect: 00/00/00
$new.lastName:="Hamilton"
$new.employer:=2
ALERT(JSON Stringify($new.touchedAttributes()))  // expect: ["lastName","employer","employerID"]
ALERT($new.employer.name)  // expect: Beta
$new.save()
ALERT(String($new.isNew())+" "+String($new.getKey())+" "+String($new.getKey(dk key as string)="4")+" "+String($new.touched()))  // expect: False 4 True False
$ada:=ds.Employee.get(1)
ALERT(String($ada.birthDate)+" "+String(Value type($ada.birthDate)=Is date))  // expect: 12/10/1815 True
ALERT(JSON Stringify($ada.extra))  // expect: {"langs":["en"]}
ALERT(JSON Stringify($ada.toObject("firstName, employer")))  // expect: {"firstName":"Ada","employer":{"__KEY":1}}
ALERT(JSON Stringify($ada.toObject("employer.*")))  // expect: {"employer":{"ID":1,"name":"Acme","city":"Paris","revenues":0,"extra":null}}
ALERT(JSON Stringify($ada.toObject("directReports.firstName")))  // expect: {"directReports":[{"firstName":"Alan"},{"firstName":"Grace"}]}
ALERT(JSON Stringify($ada.toObject("lastName"; dk with primary key+dk with stamp)))  // expect: {"__KEY":1,"__STAMP":1,"lastName":"Lovelace"}
$o:=ds.Employee.get(2).toObject()
ALERT(JSON Stringify($o))  // expect: {"ID":2,"firstName":"Alan","lastName":"Turing","salary":7000,"birthDate":"0000-00-00","woman":false,"employerID":1,"managerID":1,"extra":null,"notes":null,"employer":{"__KEY":1},"manager":{"__KEY":1}}
$clone:=$ada.clone()
$ada.firstName:="Augusta"
$ada.salary:=5500
$ada.employer:=ds.Company.get(2)
ALERT($clone.firstName)  // expect: Ada
ALERT(JSON Stringify($clone.diff($ada; ["firstName"; "salary"])))  // expect: [{"attributeName":"firstName","value":"Ada","otherValue":"Augusta"},{"attributeName":"salary","value":5000,"otherValue":5500}]
ALERT($clone.diff($ada).extract("attributeName").join(","))  // expect: firstName,salary,employerID,employer
$f:=ds.Employee.new()
$f.fromObject({firstName: "Mary"; lastName: "Smith"; salary: "36500"; employer: {__KEY: 2}; unknown: 1})
ALERT($f.firstName+" "+String($f.salary)+" "+$f.employer.name)  // expect: Mary 36500 Beta
ALERT(JSON Stringify($f.save()))  // expect: {"success":true}
$sel:=ds.Employee.query("salary >= 5000 order by salary")
$e:=$sel[1]
ALERT($e.firstName+" "+String($e.indexOf())+" "+$e.next().firstName+" "+$e.previous().firstName+" "+$e.first().firstName+" "+$e.last().firstName)  // expect: Grace 1 Alan Ada Ada Mary
ALERT(String($e.last().next()=Null)+" "+String($e.getSelection().length)+" "+String(ds.Employee.get(2).getSelection()=Null))  // expect: True 4 True
ALERT(String($e.indexOf(ds.Employee.all())))  // expect: 2
ALERT($e.getDataClass().getInfo().name+" "+String(OB Instance of($e; cs.EmployeeEntity))+" "+String(OB Instance of($e; 4D.Entity)))  // expect: Employee True True
ALERT(OB Class($e).name+" "+OB Class($sel).name+" "+OB Class(ds.Employee).name)  // expect: EmployeeEntity EmployeeSelection Employee
$e.lastName:=$e.lastName
ALERT(JSON Stringify($e.touchedAttributes()))  // expect: ["lastName"]
ALERT($ada.manager=Null)  // expect: True
ALERT(ds.Employee.get(2).manager.firstName)  // expect: Ada
ALERT(String(ds.Employee.get(99)=Null))  // expect: True
ALERT(String(ds.Company.get(1).staff.length))  // expect: 2
$emp:=ds.Employee.get(2)
$emp.employer.name:="Acme Inc"
$emp.employer.save()
ALERT(ds.Company.get(1).name)  // expect: Acme Inc
$keys:=New collection
For each ($k; ds.Employee.get(1))
	$keys.push($k)
End for each
ALERT($keys.join(","))  // expect: ID,firstName,lastName,salary,birthDate,woman,employerID,managerID,extra,notes,employer,manager,directReports
