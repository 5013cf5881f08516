// Outside any web session nothing is restricted: the start-up code seeds the data.
var $e : cs.EmployeeEntity
For each ($name; ["Lovelace"; "Hopper"])
	$e:=ds.Employee.new()
	$e.lastName:=$name
	$e.salary:=1000
	$e.save()
End for each
LOG EVENT(Into system standard outputs; "seeded "+String(ds.Employee.all().length)+"\n")
WEB START SERVER
