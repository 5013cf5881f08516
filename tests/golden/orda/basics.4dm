// A first look: ds, dataclasses, new(), save(), get(), query()
var $e : cs.EmployeeEntity
var $c : cs.CompanyEntity
$c:=ds.Company.new()
$c.name:="Acme"
$c.city:="Paris"
$status:=$c.save()
ALERT(JSON Stringify($status))  // expect: {"success":true}
ALERT(String($c.ID))  // expect: 1
$e:=ds.Employee.new()
$e.firstName:="Ada"
$e.lastName:="Lovelace"
$e.salary:=5000
$e.employer:=$c
ALERT(JSON Stringify($e.save()))  // expect: {"success":true}
ALERT($e.employer.name)  // expect: Acme
$e2:=ds.Employee.get(1)
ALERT($e2.firstName+" "+$e2.lastName)  // expect: Ada Lovelace
ALERT(String($e2.getStamp()))  // expect: 1
$sel:=ds.Employee.query("lastName = :1"; "love@")
ALERT(String($sel.length))  // expect: 1
ALERT(String(ds.Company.getCount()))  // expect: 1
ALERT(String($c.staff.length))  // expect: 1
