// Transactions: ds.startTransaction() and the Transactions theme commands, nested levels
ALERT(String(In transaction)+" "+String(Transaction level))  // expect: False 0
START TRANSACTION
ds.Company.fromCollection([{name: "Kept"}])
ALERT(String(In transaction)+" "+String(Transaction level))  // expect: True 1
VALIDATE TRANSACTION
ALERT(String(OK)+" "+String(ds.Company.getCount()))  // expect: 1 1
ds.startTransaction()
ds.Company.fromCollection([{name: "Dropped"}])
ALERT(String(ds.Company.getCount()))  // expect: 2
ds.cancelTransaction()
ALERT(String(ds.Company.getCount())+" "+String(Transaction level))  // expect: 1 0
// nested: the inner level is validated, the outer one cancelled: nothing is kept
START TRANSACTION
ds.Company.fromCollection([{name: "Outer"}])
START TRANSACTION
ds.Company.fromCollection([{name: "Inner"}])
ALERT(String(Transaction level)+" "+String(ds.Company.getCount()))  // expect: 2 3
VALIDATE TRANSACTION
ALERT(String(Transaction level)+" "+String(ds.Company.getCount()))  // expect: 1 3
CANCEL TRANSACTION
ALERT(String(ds.Company.getCount()))  // expect: 1
// nested: the inner level is cancelled, the outer one validated
ds.startTransaction()
ds.Company.fromCollection([{name: "Outer"}])
ds.startTransaction()
$c:=ds.Company.get(1)
$c.name:="Renamed"
$c.save()
ds.cancelTransaction()
ds.validateTransaction()
ALERT(ds.Company.all().orderBy("name").name.join(","))  // expect: Kept,Outer
ALERT(String(Transaction level))  // expect: 0
VALIDATE TRANSACTION
ALERT(String(OK))  // expect: 0
