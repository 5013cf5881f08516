// A project method of this case (helpers of main.4dm): computed query/orderBy functions and aliases
ds.Company.fromCollection([{name: "Acme"}; {name: "Beta"}])
$e:=ds.Employee.get(1)
$e.employer:=1
$e.save()
$e:=ds.Employee.get(3)
$e.employer:=1
$e.save()
ALERT(ds.Employee.query("fullName = :1"; "Grace Hopper").lastName.join(","))
ALERT(ds.Employee.query("fullName = :1"; "Lovelace").firstName.join(","))
ALERT(ds.Employee.query("fullName != :1"; "Grace Hopper").firstName.join(","))
ALERT(ds.Employee.all().orderBy("fullName").lastName.join(","))
ALERT(ds.Employee.all().orderBy("fullName desc").lastName.join(","))
ALERT(ds.Employee.get(1).employerName+" "+ds.Employee.get(1).surname)
ALERT(ds.Employee.query("employerName = 'acme'").firstName.join(","))
ALERT(String(ds.Employee.get(1).colleagues.length)+" "+ds.Employee.get(1).colleagues.firstName.join(","))
ALERT(ds.Employee.employerName.kind+" "+ds.Employee.employerName.path+" "+String(ds.Employee.employerName.exposed)+" "+ds.Employee.colleagues.type)
$s:=ds.Employee.get(2)
$s.surname:="Turing-Smith"
$s.save()
ALERT(ds.Employee.get(2).lastName+" "+JSON Stringify(ds.Employee.query("surname = 'turing@'").toCollection("firstName, surname, employerName")))
ALERT(JSON Stringify(ds.Employee.all().orderBy("employerName desc, firstName").extract("employerName")))
