// Entity selection members: ordering, slicing, aggregates, set operations, conversions
ds.Company.fromCollection([{name: "Acme"; city: "Paris"; revenues: 1000}; {name: "Beta"; city: "Lyon"; revenues: 500}])
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000; employerID: 1; birthDate: !1815-12-10!}; \
{firstName: "alan"; lastName: "Turing"; salary: 7000; employerID: 1; managerID: 1}; \
{firstName: "Grace"; lastName: "Hopper"; salary: 6000; employerID: 2; managerID: 1; extra: {tags: ["navy"; "cobol"]}}; \
{firstName: "Édith"; lastName: "Piaf"; salary: 3000; woman: True; extra: {tags: ["song"]}}])
$all:=ds.Employee.all()
ALERT(String($all.length))  // expect: 4
ALERT($all.orderBy("firstName").firstName.join(","))  // expect: Ada,alan,Édith,Grace
ALERT($all.orderBy("firstName desc").firstName.join(","))  // expect: Grace,Édith,alan,Ada
ALERT($all.orderBy([{propertyPath: "salary"; descending: True}]).firstName.join(","))  // expect: alan,Grace,Ada,Édith
ALERT($all.orderBy("employer.name desc, salary").firstName.join(","))  // expect: Grace,Ada,alan,Édith
ALERT($all.orderBy("manager.lastName, firstName").firstName.join(","))  // expect: Ada,Édith,alan,Grace
ALERT($all.orderByFormula("Length(This.lastName)").lastName.join(","))  // expect: Piaf,Turing,Hopper,Lovelace
ALERT($all.orderByFormula(Formula(This.salary); dk descending).firstName.join(","))  // expect: alan,Grace,Ada,Édith
ALERT($all.slice(1; 3).firstName.join(","))  // expect: alan,Grace
ALERT($all.slice(-1).firstName.join(","))  // expect: Édith
ALERT(String($all.slice(3; 1).length))  // expect: 0
ALERT($all.first().firstName+" "+$all.last().firstName+" "+$all[1].firstName+" "+$all.at(-2).firstName)  // expect: Ada Édith alan Grace
ALERT(String($all.at(10)=Null))  // expect: True
ALERT(String($all.sum("salary"))+" "+String($all.average("salary"))+" "+String($all.min("salary"))+" "+String($all.max("salary")))  // expect: 21000 5250 3000 7000
ALERT(String($all.min("firstName"))+" "+String($all.max("lastName")))  // expect: Ada Turing
ALERT(String($all.count("managerID"))+" "+String($all.count("birthDate")))  // expect: 2 4
ALERT(JSON Stringify($all.distinct("employerID")))  // expect: [1,2]
ALERT(JSON Stringify($all.distinct("extra.tags[]")))  // expect: ["cobol","navy","song"]
ALERT(JSON Stringify($all.distinct("woman"; dk count values)))  // expect: [{"value":false,"count":3},{"value":true,"count":1}]
ALERT(JSON Stringify($all.distinctPaths("extra")))  // expect: ["tags","tags.length"]
ALERT(String(ds.Employee.query("salary > 99999").average("salary")=Null))  // expect: True
ALERT(String(Undefined(ds.Employee.query("salary > 99999").average("salary"))))  // expect: True
$paris:=ds.Employee.query("employer.name = 'acme'")
$rich:=ds.Employee.query("salary >= 6000")
ALERT($paris.and($rich).firstName.join(","))  // expect: alan
ALERT($paris.or($rich).firstName.join(","))  // expect: Ada,alan,Grace
ALERT($paris.minus($rich).firstName.join(","))  // expect: Ada
ALERT(String($paris.contains(ds.Employee.get(2)))+" "+String($paris.contains(ds.Employee.get(3))))  // expect: True False
$new:=ds.Employee.newSelection()
ALERT(String($new.isAlterable())+" "+String($all.isAlterable()))  // expect: True False
$new.add(ds.Employee.get(3)).add(ds.Employee.get(1))
ALERT($new.firstName.join(","))  // expect: Grace,Ada
$ordered:=ds.Employee.newSelection(dk keep ordered)
$ordered.add(ds.Employee.get(1)).add(ds.Employee.get(1))
ALERT(String($ordered.length)+" "+String($ordered.isOrdered()))  // expect: 2 True
$copy:=$all.copy()
ALERT(String($copy.isAlterable())+" "+String($all.copy(ck shared).isAlterable()))  // expect: True False
ALERT(JSON Stringify($all.selected($rich)))  // expect: {"ranges":[{"start":1,"end":2}]}
ALERT(JSON Stringify($all.slice(0; 2).toCollection("firstName, employer.name")))  // expect: [{"firstName":"Ada","employer":{"name":"Acme"}},{"firstName":"alan","employer":{"name":"Acme"}}]
ALERT(JSON Stringify($all.toCollection("lastName"; dk with primary key; 1; 2)))  // expect: [{"__KEY":2,"lastName":"Turing"},{"__KEY":3,"lastName":"Hopper"}]
ALERT(JSON Stringify($all.extract("employer.name")))  // expect: ["Acme","Acme","Beta"]
ALERT(JSON Stringify($all.extract("managerID"; ck keep null)))  // expect: [null,1,1,null]
ALERT(JSON Stringify($all.extract("lastName"; "who"; "employer.city"; "where")))  // expect: [{"who":"Lovelace","where":"Paris"},{"who":"Turing","where":"Paris"},{"who":"Hopper","where":"Lyon"},{"who":"Piaf","where":null}]
ALERT(JSON Stringify($all.lastName))  // expect: ["Lovelace","Turing","Hopper","Piaf"]
ALERT($all.employer.name.join(","))  // expect: Acme,Beta
ALERT(String($all.employer.length))  // expect: 2
ALERT(ds.Company.all().staff.firstName.join(","))  // expect: Ada,alan,Grace
ALERT(ds.Employee.query("firstName = 'ada'").directReports.firstName.join(","))  // expect: alan,Grace
$n:=0
For each ($e; $all)
	$n:=$n+$e.salary
End for each
ALERT(String($n))  // expect: 21000
$dropped:=ds.Employee.query("woman = true").drop()
ALERT(String($dropped.length)+" "+String(ds.Employee.getCount()))  // expect: 0 3
ALERT(String($all.length)+" "+String($all[3]=Null))  // expect: 4 True
