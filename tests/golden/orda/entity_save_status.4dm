// entity.save()/drop()/reload()/lock()/unlock(): optimistic locking with the stamp, status objects
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000}])
$p1:=ds.Employee.get(1)
$p2:=ds.Employee.get(1)
$p1.firstName:="Bill"
ALERT(JSON Stringify($p1.save()))  // expect: {"success":true}
ALERT(String($p1.getStamp()))  // expect: 2
$p2.firstName:="William"
$r:=$p2.save()
ALERT(JSON Stringify($r))  // expect: {"success":false,"status":2,"statusText":"Stamp has changed"}
ALERT(String($r.status=dk status stamp has changed))  // expect: True
// auto merge: another attribute was changed meanwhile
$p2:=ds.Employee.get(1)
$p1.salary:=6000
$p1.save()
$p2.lastName:="Byron"
$r:=$p2.save(dk auto merge)
ALERT(JSON Stringify($r))  // expect: {"success":true,"autoMerged":true}
$p3:=ds.Employee.get(1)
ALERT($p3.firstName+" "+$p3.lastName+" "+String($p3.salary)+" stamp "+String($p3.getStamp()))  // expect: Bill Byron 6000 stamp 4
// auto merge fails when both touched the same attribute
$p1:=ds.Employee.get(1)
$p2:=ds.Employee.get(1)
$p1.salary:=1
$p1.save()
$p2.salary:=2
ALERT(JSON Stringify($p2.save(dk auto merge)))  // expect: {"success":false,"status":6,"statusText":"Auto merge failed"}
// nothing touched: nothing saved, the stamp stays
$p1:=ds.Employee.get(1)
ALERT(JSON Stringify($p1.save())+" "+String($p1.getStamp()))  // expect: {"success":true} 5
// reload
$p1.firstName:="Changed"
ALERT(JSON Stringify($p1.reload())+" "+$p1.firstName+" "+String($p1.touched()))  // expect: {"success":true} Bill False
// drop with a changed stamp, then forced
$p2:=ds.Employee.get(1)
$p1.salary:=10
$p1.save()
ALERT(JSON Stringify($p2.drop()))  // expect: {"success":false,"status":2,"statusText":"Stamp has changed"}
ALERT(JSON Stringify($p2.drop(dk force drop if stamp changed)))  // expect: {"success":true}
ALERT(String(ds.Employee.getCount()))  // expect: 0
ALERT(JSON Stringify($p1.reload()))  // expect: {"success":false,"status":5,"statusText":"Entity does not exist anymore"}
ALERT(JSON Stringify($p1.save()))  // expect: {"success":true}
$p1.salary:=11
ALERT(JSON Stringify($p1.save()))  // expect: {"success":false,"status":5,"statusText":"Entity does not exist anymore"}
ALERT($p2.firstName)  // expect: Bill
// lock / unlock
ds.Employee.fromCollection([{firstName: "Grace"}])
$e1:=ds.Employee.all()[0]
$e2:=ds.Employee.all()[0]
ALERT(JSON Stringify($e1.lock()))  // expect: {"success":true}
ALERT(JSON Stringify($e2.unlock()))  // expect: {"success":false}
ALERT(JSON Stringify($e1.unlock()))  // expect: {"success":true}
ALERT(JSON Stringify($e1.unlock()))  // expect: {"success":false}
$e2.firstName:="Grace M."
$e2.save()
ALERT(JSON Stringify($e1.lock()))  // expect: {"success":false,"status":2,"statusText":"Stamp has changed"}
ALERT(JSON Stringify($e1.lock(dk reload if stamp changed))+" "+$e1.firstName)  // expect: {"success":true,"wasReloaded":true} Grace M.
// a duplicated primary key is a serious error
$dup:=ds.Employee.new()
$dup.ID:=$e1.ID
$dup.firstName:="Twin"
$r:=$dup.save()
ALERT(String($r.success)+" "+String($r.status)+" "+$r.statusText+" "+String($r.errors.length))  // expect: False 4 Other error 1
