// A table's sequence number: Get/SET DATABASE PARAMETER([table]; Table sequence number), Sequence number, Autoincrement keys
ALERT(String(Get database parameter([Company]; Table sequence number)))  // expect: 0
$e:=ds.Company.new()
$e.name:="Acme"
$e.save()
ALERT(String($e.ID)+" "+String(Get database parameter([Company]; Table sequence number)))  // expect: 1 1
// the next record gets the value set + 1
SET DATABASE PARAMETER([Company]; Table sequence number; 100)
ALERT(String(Get database parameter([Company]; Table sequence number)))  // expect: 100
$e:=ds.Company.new()
$e.name:="Beta"
$e.save()
ALERT(String($e.ID))  // expect: 101
// Sequence number takes the next number from the same counter
ALERT(String(Sequence number([Company])))  // expect: 102
$e:=ds.Company.new()
$e.name:="Gamma"
$e.save()
ALERT(String($e.ID))  // expect: 103
// back to 0 once the table is empty, as code resetting a table does
TRUNCATE TABLE([Company])
SET DATABASE PARAMETER([Company]; Table sequence number; 0)
$e:=ds.Company.new()
$e.name:="Delta"
$e.save()
ALERT(String($e.ID))  // expect: 1
// a table whose key is not an Autoincrement field has its own counter
ALERT(String(Get database parameter([Project]; Table sequence number)))  // expect: 0
SET DATABASE PARAMETER([Project]; Table sequence number; 41)
ALERT(String(Sequence number([Project]))+" "+String(Get database parameter([Project]; Table sequence number)))  // expect: 42 42
// the default table stands for the table omitted
DEFAULT TABLE([Project])
ALERT(String(Get database parameter(Table sequence number)))  // expect: 42
// other selectors ignore the table
ALERT(String(Get database parameter([Company]; Port ID)))  // expect: 80
